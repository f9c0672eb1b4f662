"""The review's text: source text rendered inert, numbers linked to their quotes, GRADE wording."""

from __future__ import annotations

import subprocess

import pandas as pd
import pypandoc
import pytest
import typst
from pypdf import PdfReader

from evidence_review import review
from evidence_review.render import resolve_shortcodes

HOSTILE = [
    "<script>alert('x')</script>",
    "$\\frac{1}{2}$ and \\textbf{bold}",
    "#set page(width: 1cm) #heading[x]",
    "@kalil2021 and [@fig-gray-zone]",
    "`code` **bold** _it_ [link](http://example.com)",
    "{{< include /etc/passwd >}} {{< meta title >}}",
    "<!-- comment --> &amp; | a | b |",
    "# Not a heading",
    "1. not a list",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_source_text_is_inert_and_exact_in_html(text):
    md = f"Quote: \u201c{review.md_escape(text)}\u201d"
    md = resolve_shortcodes(md, base=__import__("pathlib").Path("."), meta={"title": "LEAK"})
    html = pypandoc.convert_text(md, "html5", format="markdown")
    assert "<script" not in html and "<strong>" not in html and "<code>" not in html and "<a " not in html
    assert "LEAK" not in html and "<h1" not in html and "<ol" not in html
    plain = pypandoc.convert_text(md, "plain", format="markdown", extra_args=["--wrap=none"])
    assert text in plain.replace("\u201c", "").replace("\u201d", "").strip().removeprefix("Quote: ")


def test_source_text_is_inert_and_exact_in_the_pdf(tmp_path):
    md = "\n\n".join(f"Q{i}: {review.md_escape(t)}" for i, t in enumerate(HOSTILE))
    typ = pypandoc.convert_text(md, "typst", format="markdown", extra_args=["--standalone"])
    (tmp_path / "t.typ").write_text(typ)
    typst.compile(str(tmp_path / "t.typ"), output=str(tmp_path / "t.pdf"), ignore_system_fonts=True)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    flat = " ".join(text.split())
    for t in HOSTILE:
        assert " ".join(t.split()) in flat, t


def _numbers():
    ev = pd.DataFrame(
        [
            {
                "result_id": "s-R001",
                "source": "s",
                "estimate_text": "1.16",
                "ci_low_text": "1.01",
                "ci_high_text": "1.32",
                "p_text": "0.03",
                "p_operator": "=",
                "ci_level": 95.0,
                "excerpt": 'rate ratio "for" recovery, 1.16; 95% CI, 1.01 to 1.32; P=0.03',
                "unit": "",
                "arm1_text": "",
                "arm2_text": "",
            }
        ]
    )
    return review.Numbers(ev)


def test_numbers_link_to_their_quote():
    n = _numbers()
    text = n.effect("s-R001")
    assert text.startswith('[1\\.16](#prov-s-R001 "rate ratio \\"for\\" recovery, 1.16; 95% CI')
    html = pypandoc.convert_text(text, "html5", format="markdown")
    assert 'href="#prov-s-R001"' in html and 'title="rate ratio &quot;for&quot; recovery' in html
    assert list(n.used) == ["s-R001"]


def test_a_number_that_is_not_in_the_tables_cannot_be_cited():
    with pytest.raises(KeyError, match="no result s-R999"):
        _numbers().cite("s-R999")
    with pytest.raises(KeyError, match="has no arm1"):
        _numbers().cite("s-R001", "arm1")


def test_build_date_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert review.build_info()["date"] == "2023-11-14"


def test_review_document_has_no_typed_numbers(root):
    import re

    text = (root / "reports" / "review.qmd").read_text()
    body = re.sub(r"\{\{<.*?>\}\}", "", text)
    assert not re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])|(?<![\w.])\d+(\.\d+)?\s?%(?<!95%)", body)
    for template in (root / "reports" / "templates").glob("*.j2"):
        body = re.sub(r"\{[{%#].*?[}%#]\}", "", template.read_text(), flags=re.S)
        assert not re.findall(r"(?<![\w.\-])\d+\.\d+(?![\w.])", body), template.name


def test_quarto_is_used_when_on_path(monkeypatch):
    from evidence_review import render

    monkeypatch.setattr(render.shutil, "which", lambda name: "/usr/bin/quarto")
    assert render.choose_engine("auto") == "quarto"
    assert render.choose_engine("pandoc") == "pandoc"
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    assert render.choose_engine("auto") == "pandoc"
    with pytest.raises(Exception, match="quarto is not on PATH"):
        render.choose_engine("quarto")


def test_pdf_tools_present_under_ci():
    import os
    import shutil

    if os.environ.get("CI") and shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is missing under CI; make test installs it")
    if shutil.which("pdftoppm"):
        assert subprocess.run(["pdftoppm", "-v"], capture_output=True).returncode == 0
