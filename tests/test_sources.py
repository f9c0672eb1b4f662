"""Source texts and metadata: what the project ships, and bad input with clear errors."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pypandoc
import pytest

from evidence_review.cli import main
from evidence_review.errors import InputError
from evidence_review.sources import discover, read_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_five_sources_with_complete_metadata(sources):
    assert sorted(sources) == ["bronte2020", "goletti2021", "kalil2021", "karolinska2020", "nih2021"]
    for s in sources.values():
        assert s.meta["title"] and s.meta["authors"] and s.meta["venue"] and s.meta["year"]
        assert s.meta.get("doi") or s.meta.get("url")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not beside this checkout")
def test_source_texts_are_the_seeds_byte_for_byte(sources):
    for s in sources.values():
        seed = SEEDS / s.text_path.name
        assert hashlib.sha256(seed.read_bytes()).hexdigest() == hashlib.sha256(s.text_path.read_bytes()).hexdigest()


def test_bibtex_agrees_with_the_metadata(seed, sources):
    entries = json.loads(pypandoc.convert_file(str(seed / "data" / "references.bib"), "csljson", format="bibtex"))
    by_id = {e["id"]: e for e in entries}
    assert set(by_id) == set(sources)
    for sid, s in sources.items():
        entry = by_id[sid]
        assert entry["issued"]["date-parts"][0][0] == s.meta["year"]
        title = entry["title"].replace("{", "").replace("}", "").replace("\u2019", "'")
        assert title.lower() == s.meta["title"].lower()
        if "doi" in s.meta and "DOI" in entry:
            assert entry["DOI"] == s.meta["doi"]


def _copy_sources(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(Path(__file__).resolve().parent / "data" / "scenarios" / "seed" / "data" / "sources", target)
    return target


def test_metadata_without_text(tmp_path):
    d = _copy_sources(tmp_path)
    (d / "000_63a13493e95785ed.txt").unlink()
    with pytest.raises(InputError, match=r"000_63a13493e95785ed\.yaml: describes a source text .* not in"):
        discover(d)


def test_text_without_metadata(tmp_path):
    d = _copy_sources(tmp_path)
    (d / "new.txt").write_text("a new text", encoding="utf-8")
    with pytest.raises(InputError, match=r"new\.txt: source text has no metadata file; add new\.yaml"):
        discover(d)


@pytest.mark.parametrize(
    ("new_id", "message"),
    [
        ("kalil2021", r"id 'kalil2021' is already used by"),  # two sources with the same id
        ("../x", r"001_27a1f74bac116193\.yaml: id: '\.\./x' does not match"),  # path characters
    ],
)
def test_bad_source_ids(tmp_path, new_id, message):
    d = _copy_sources(tmp_path)
    meta = (d / "001_27a1f74bac116193.yaml").read_text().replace("id: goletti2021", f"id: {new_id}")
    (d / "001_27a1f74bac116193.yaml").write_text(meta)
    with pytest.raises(InputError, match=message):
        discover(d)


def test_metadata_yaml_error_names_the_line(tmp_path):
    d = _copy_sources(tmp_path)
    (d / "002_8cffae689bf720a7.yaml").write_text("id: bronte2020\nkind: [unclosed\n")
    with pytest.raises(InputError, match=r"002_8cffae689bf720a7\.yaml, line \d+: not valid YAML"):
        discover(d)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"the source text is empty"),
        (b"  \n\n ", r"the source text is empty"),
        ("caf\u00e9 hazard ratio".encode("latin-1"), r"line 1: not UTF-8 \(byte 0xe9 at byte 3\)"),
        ("line\nline two \u2212".encode("utf-16"), r"the text is UTF-16"),
        (b"\xef\xbb\xbfhello", r"UTF-8 byte-order mark"),
        (b"PK\x03\x04\nbinary\x00data", r"line 2: binary data \(a NUL byte at byte 11\)"),
    ],
)
def test_bad_text_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_text(path)


def test_windows_line_endings_are_read_as_written(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"one\r\ntwo\r\n")
    assert read_text(path) == "one\r\ntwo\r\n"


def test_cli_reports_errors_without_traceback(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("r\u00e9sum\u00e9".encode("latin-1"))
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("evidence-review: error: ") and "latin.txt, line 1: not UTF-8" in err
    assert "Traceback" not in err


def test_cli_extract_writes_csv(seed, capsys):
    assert (
        main(
            [
                "extract",
                str(seed / "data/sources/004_e46e1df9711a1620.txt"),
                "--vocabulary",
                str(seed / "data/vocabulary.yaml"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("source,result_id,trial,outcome,subgroup,timepoint,measure")
    assert len(out) == 4 and all(line.startswith("karolinska2020,") for line in out[1:])
