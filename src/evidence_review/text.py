"""Source text as the extractor sees it: cleaned, segmented, and mapped back to the original.

Texts taken from PDFs and web pages carry line-wrap hyphens ("recov-\\nery"), figure legends
set in the middle of a sentence, page breaks inside sentences, typographic minus signs and
middle-dot decimals. The extractor matches its grammar against a *clean* text and reports every
result by offsets into the *original* text, so that ``original[start:end]`` is the exact quote.

The clean text is the original with

* one-for-one character substitutions (Unicode minus and non-breaking hyphen to "-", a middle
  dot between digits to ".", "‹"/"›" to "<"/">", no-break and other spaces to " ");
* deletions: line-wrap hyphens and their newline, and figure/table legends (floats), which are
  cut out of the running text and kept as segments of their own.

Deletions are recorded in an :class:`OffsetMap`, which maps any clean offset back to the
original in O(log n).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import blingfire

from evidence_review import text_tables

# One-for-one substitutions (the clean text keeps the length of the original here).
_SUBSTITUTIONS = str.maketrans(
    {
        "\u2212": "-",  # minus sign
        "\u2011": "-",  # non-breaking hyphen
        "\u2010": "-",  # hyphen
        "\u2039": "<",  # single left-pointing angle quotation mark, used for "p‹0·0001"
        "\u203a": ">",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\r": " ",
        "\u2264": "≤",
    }
)
_SUBSTITUTED = re.compile("[" + re.escape("".join(map(chr, _SUBSTITUTIONS))) + "]")
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=\d)[\u00b7\u2219\u22c5](?=\d)")
#: an en dash printed as a minus sign, as the Lancet does: "(risk difference 1·5%, –0·3 to 3·3)" (not
#: the dash of a range, "1·04–1·32", which stands between numbers)
_EN_DASH_MINUS = re.compile(r"(?<=[\s(\[,;:])\u2013(?=\d)")
#: a decimal comma, as many European texts print it, where it cannot be a thousands separator: one or two
#: digits after it ("25,3%", "0,82 (0,71-0,95)"), or a leading zero before it ("0,125"); not in a list of
#: numbers ("1,2,3"), nor a citation ("[1,2]", "similar3,4"), nor two labels' numbers ("grade 3,4 events")
_DECIMAL_COMMA = re.compile(r"(?<![\w\[.,])(?:\d{1,3}(?=,\d{1,2}(?![\d\]]|,\d))|0(?=,\d+(?![\d\]]|,\d))),")
_LABEL_BEFORE = re.compile(r"(?i)\b(?:grade|stage|type|class|phase|level|step|wave|cycle|day|week|visit|model)s?\s*$")

# A line-wrap hyphen: a letter, a hyphen at the end of the line, a letter or a digit at the start of
# the next. The hyphen is kept when the part before it is a prefix or word that is normally hyphenated
# ("placebo-controlled", "non-invasive") or an acronym, or when the next part starts with a capital or
# a digit ("TNF-alpha", "Kaplan-Meier", "IL-6"); see _keeps_hyphen.
_WRAP_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ ]*\n[ ]*(?=[A-Za-z0-9])")
_KEEP_HYPHEN_BEFORE = re.compile(
    r"(?:\b(?:non|high|low|double|single|open|well|self|long|short|placebo|anti|post|pre|"
    r"multi|semi|co|up|follow|first|second|third|time|dose|age|sex|all|intention|per|"
    r"usual|care|label|end|in)|\b[A-Z][A-Z0-9]+)$",
)
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
# Letter-spaced words from PDFs ("R E S U L T S", "h a z a r d  r a t i o"): four or more single
# letters each followed by one space; the spaces inside such a run are deleted. Words of a
# spaced line are set apart by two or more spaces, which stay.
_SPACED_LETTERS = re.compile(r"(?:[A-Za-z] (?! )){3,}[A-Za-z](?!\w)")  # a run not inside a word: checked

# A float: "Figure 1." / "Fig. 2:" / "Table 3." at the start of a line after a blank line.
_FLOAT_START = re.compile(r"(?m)(?<=\n\n)(?:Figure|Fig\.|Table|Box)\s+\d+[.:]\s")
# PDF text resumes the interrupted column with a line that starts with a space.
_COLUMN_RESUME = re.compile(r"\n(?=[ ]+\S)")
_MAX_FLOAT_CHARS = 4000
#: A page's running head and foot set inside a sentence by a PDF's page break ("... Treat-" <blank line>
#: "n engl j med 388;14 nejm.org" "Downloaded from ..." <blank line> "ment-related adverse events ..."):
#: the sentence's last line stops mid-way (a letter, a comma or a wrap hyphen), one to six short lines
#: follow after a blank line, and the sentence resumes in lower case (or with a number) after another.
#: (it starts by looking for the blank line, which rules most positions out at once)
_PAGE_FURNITURE = re.compile(
    r"(?=-?[ ]*\n[ ]*\n)(?<=[A-Za-z,;(-])(?P<hyphen>(?<=[A-Za-z])-)?[ ]*\n[ ]*\n"
    r"(?:[ ]*\S[^\n]{0,119}\n){1,6}?[ ]*\n[ ]*(?=[a-z0-9])"
)
#: the least length of a line of running text (shorter lines ending without a stop are titles, headings)
_RUNNING_LINE = 40

# Reference numbers set after a full stop ("course.1 Additional") hide the sentence boundary
# from the sentence splitter; they are blanked (same length) in the copy it reads.
_CITATION_AFTER_STOP = re.compile(r"(?<=[a-z)]\.)\d{1,3}(?:[,\u2013-]\d{1,3})*(?=\s+[A-Z])")
_PARAGRAPH_BREAK = re.compile(r"\n[ ]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?:;]['\"\u201d)\]]*\s*$")
_HEADING_MAX_WORDS = 8


@dataclass
class OffsetMap:
    """Maps offsets in a clean text back to the original text.

    ``points[i]`` is a clean offset at which ``deleted[i]`` original characters (cumulative)
    have been removed before it.
    """

    points: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)

    def add_deletion(self, clean_at: int, count: int) -> None:
        total = (self.deleted[-1] if self.deleted else 0) + count
        if self.points and self.points[-1] == clean_at:
            self.deleted[-1] = total
        else:
            self.points.append(clean_at)
            self.deleted.append(total)

    def start(self, clean: int) -> int:
        """Original offset of the character at clean offset ``clean``."""
        i = bisect.bisect_right(self.points, clean) - 1
        return clean + (self.deleted[i] if i >= 0 else 0)

    def end(self, clean: int) -> int:
        """Original offset just after the character before clean offset ``clean``."""
        if clean == 0:
            return 0
        return self.start(clean - 1) + 1


@dataclass(frozen=True)
class Float:
    """A figure or table legend, or a page's running head and foot, cut out of the running text."""

    label: str
    raw_start: int
    raw_end: int
    #: "legend" (of ``label``, "Figure 1") or "page break" (the running head and foot a page break set
    #: inside a sentence)
    kind: str = "legend"


@dataclass
class CleanText:
    original: str
    text: str
    offsets: OffsetMap
    floats: list[Float]
    float_texts: list[CleanText] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.start(start), self.offsets.end(end)


def _substitute(text: str) -> str:
    # only where such a character is (str.translate looks up every character of the text)
    text = _SUBSTITUTED.sub(lambda m: _SUBSTITUTIONS[ord(m.group(0))], text)
    text = _EN_DASH_MINUS.sub("-", _MIDDLE_DOT_DECIMAL.sub(".", text))
    return _DECIMAL_COMMA.sub(_decimal_point, text) if "," in text else text


def _decimal_point(comma: re.Match[str]) -> str:
    """A decimal comma's point, unless the numbers are labels' ("grade 3,4")."""
    labelled = _LABEL_BEFORE.search(comma.string, max(0, comma.start() - 12), comma.start())
    return comma.group(0) if labelled else comma.group(0)[:-1] + "."


def _find_floats(text: str) -> list[tuple[int, int, str]]:
    """Find legends inserted into running text: (start, end, label) in ``text``."""
    floats = []
    for match in _FLOAT_START.finditer(text):
        start = match.start()
        if floats and start < floats[-1][1]:
            continue
        # The legend runs to the line where the interrupted column resumes, or else to the end
        # of the paragraph that follows its title line.
        # (not a line under a table's row: "    no. of patients (%)" under an aligned table's header)
        resume = next(
            (
                r
                for r in _COLUMN_RESUME.finditer(text, match.end(), start + _MAX_FLOAT_CHARS)
                if not text_tables.aligned_line(text, text.rfind("\n", 0, r.start()) + 1, r.start())
            ),
            None,
        )
        if resume:
            end = resume.start() + 1
        else:
            breaks = list(_PARAGRAPH_BREAK.finditer(text, match.end(), start + _MAX_FLOAT_CHARS))
            if len(breaks) < 2:
                continue
            end = breaks[1].start() + 1
        floats.append((start, end, match.group(0).strip().rstrip(".:")))
    return floats


def _keeps_hyphen(text: str, hyphen: int, resume: int) -> bool:
    """A hyphen at a line's end (at ``hyphen``, the word resuming at ``resume``) is part of the words:
    before a capital or a digit ("Kaplan-Meier", "IL-6") or after a prefix or an acronym that takes one
    ("placebo-controlled", "TNF-alpha"); else it only splits a word ("recov-ery", "Treat-ment")."""
    if text[resume : resume + 1].isupper() or text[resume : resume + 1].isdigit():
        return True
    word = _WORD_BEFORE.search(text, max(0, hyphen - 40), hyphen)
    return bool(word and _KEEP_HYPHEN_BEFORE.search(word.group(0)))


def _find_page_furniture(text: str, floats: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The running heads and feet a PDF's page break set inside a sentence (see :data:`_PAGE_FURNITURE`):
    (start, end) in ``text``, a wrap hyphen before them included where the word it splits takes none
    ("Treat-" + "ment-related" is "Treatment-related"), the sentence's own line break not; none inside
    a legend of ``floats``."""
    found = []
    for m in _PAGE_FURNITURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < _RUNNING_LINE or any(s < m.end() and m.start() < e for s, e, _ in floats):
            continue  # (a short line is a title or a heading, not running text stopped mid-sentence)
        if m.group("hyphen"):
            start = m.start() + (1 if _keeps_hyphen(text, m.start(), m.end()) else 0)
        else:
            start = text.index("\n", m.start()) + 1
        found.append((start, m.end()))
    return found


def clean(original: str) -> CleanText:
    """Clean ``original`` for matching; see the module docstring."""
    text = _substitute(original)
    legends = _find_floats(text)
    floats = sorted(
        [Float(label, s, e) for s, e, label in legends]
        + [Float("", s, e, "page break") for s, e in _find_page_furniture(text, legends)],
        key=lambda f: f.raw_start,
    )  # (offsets in ``text`` are the original's: its substitutions are one for one)
    deletions: list[tuple[int, int, str]] = [(f.raw_start, f.raw_end, "") for f in floats]
    for match in _WRAP_HYPHEN.finditer(text):
        if any(f.raw_start <= match.start() < f.raw_end for f in floats):
            continue
        keep = _keeps_hyphen(text, match.start(), match.end())  # keep the hyphen, delete the line break; or both
        deletions.append((match.start() + (1 if keep else 0), match.end(), ""))
    for match in _SPACED_LETTERS.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        inside_a_word = before[-1:].isalnum() or before[-1:] == "_" or (before.endswith(" ") and before != "  ")
        if inside_a_word and match.start() > 0:
            continue
        if not any(f.raw_start <= match.start() < f.raw_end for f in floats):
            deletions += [(i, i + 1, "") for i in range(match.start() + 1, match.end(), 2)]
    deletions.sort()

    pieces: list[str] = []
    offsets = OffsetMap()
    pos = 0
    clean_len = 0
    for start, end, _ in deletions:
        pieces.append(text[pos:start])
        clean_len += start - pos
        offsets.add_deletion(clean_len, end - start)
        pos = end
    pieces.append(text[pos:])
    result = CleanText(original, "".join(pieces), offsets, floats)
    for f in result.floats:
        sub = clean(original[f.raw_start : f.raw_end])
        # shift the float's own map so that it points into the whole original
        shifted = OffsetMap()
        shifted.points = [0, *sub.offsets.points]
        shifted.deleted = [f.raw_start, *[d + f.raw_start for d in sub.offsets.deleted]]
        sub.offsets = shifted
        sub.original = original
        result.float_texts.append(sub)
    return result


@dataclass(frozen=True)
class Segment:
    """A stretch of clean text: paragraph or sentence."""

    start: int
    end: int


@dataclass
class Layout:
    """Articles, sections, paragraphs, sentences and tables of a clean text (clean offsets)."""

    paragraphs: list[Segment]
    sentences: list[Segment]
    section_starts: list[int]
    article_starts: list[int]
    #: the tables' spans: each line of a table is a sentence of its own
    tables: list[Segment] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]
        self._paragraph_starts = [p.start for p in self.paragraphs]

    def _index(self, starts: list[int], pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0)

    def sentence_index(self, pos: int) -> int:
        return self._index(self._sentence_starts, pos)

    def sentence(self, pos: int) -> Segment:
        return self.sentences[self.sentence_index(pos)]

    def paragraph(self, pos: int) -> Segment:
        return self.paragraphs[self._index(self._paragraph_starts, pos)]

    def section_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.section_starts, pos) - 1
        return self.section_starts[i] if i >= 0 else 0

    def article_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.article_starts, pos) - 1
        return self.article_starts[i] if i >= 0 else 0


#: A line that starts a list item: "• Primary endpoint: ...", "- Death: ...", "2) Stroke ...".
_ITEM_START = re.compile(r"\n(?=[ \t]*(?:[•\u2022\u25aa*\-–]|\d{1,2}[.)])[ \t]+\S)")


def _item_starts(body: str) -> list[int]:
    """Where a paragraph's list items start a sentence of their own: each line that starts a
    list item, and the line after a heading line that precedes a list."""
    cuts = [m.start() + 1 for m in _ITEM_START.finditer(body)] if "\n" in body else []
    if cuts:
        first_line_end = body.find("\n")
        if 0 < first_line_end < cuts[0] and _is_heading(body[:first_line_end]):
            cuts.insert(0, first_line_end + 1)
    return cuts


#: blingfire always ends a sentence at a paragraph separator: the paragraphs of a text are split
#: in one call, joined by it.
_PARAGRAPH_SEPARATOR = "\u2029"


def _sentence_spans(flats: list[str]) -> list[list[tuple[int, int]]]:
    """Sentence boundaries of one-line paragraphs, as character offsets into each.

    blingfire's own offsets are mapped from UTF-8 in a Python loop over every byte; its plain
    sentence split is a single C call for a batch of paragraphs (up to ``_BATCH`` characters),
    and each sentence is then found in them (they are verbatim substrings). The offset
    function, paragraph by paragraph, is the fallback when one is not.
    """
    spans: list[list[tuple[int, int]]] = []
    batch: list[str] = []
    size = 0
    for flat in [*flats, None]:
        if batch and (flat is None or size + len(flat) > _BATCH):
            spans.extend(_batch_spans(batch))
            batch, size = [], 0
        if flat is not None:
            batch.append(flat)
            size += len(flat) + 1
    return spans


#: the characters of paragraphs given to blingfire in one call (its output buffer is twice their bytes)
_BATCH = 1 << 16


def _batch_spans(flats: list[str]) -> list[list[tuple[int, int]]]:
    joined = _PARAGRAPH_SEPARATOR.join(flats)
    if _PARAGRAPH_SEPARATOR in joined.replace(_PARAGRAPH_SEPARATOR, "", len(flats) - 1):
        return [_offsets(flat) for flat in flats]  # a separator inside a paragraph
    starts = list(itertools.accumulate((len(f) + 1 for f in flats[:-1]), initial=0))
    spans: list[list[tuple[int, int]]] = [[] for _ in flats]
    pos = 0
    for sentence in blingfire.text_to_sentences(joined).split("\n"):
        sentence = sentence.removesuffix(_PARAGRAPH_SEPARATOR)
        if not sentence:
            continue
        start = joined.find(sentence, pos)
        i = bisect.bisect_right(starts, start) - 1
        if start < 0 or start + len(sentence) > starts[i] + len(flats[i]):
            return [_offsets(flat) for flat in flats]
        spans[i].append((start - starts[i], start - starts[i] + len(sentence)))
        pos = start + len(sentence)
    return spans


def _offsets(flat: str) -> list[tuple[int, int]]:
    if not flat.strip():
        return []
    _, offsets = blingfire.text_to_sentences_and_offsets(flat)
    return [(a, b) for a, b in offsets]


def _cut_at(spans: list[tuple[int, int]], cuts: list[int], flat: str) -> list[tuple[int, int]]:
    """Sentence spans cut where another sentence starts (white space trimmed at the cut)."""
    if not cuts:
        return spans
    out = []
    for start, end in spans:
        for cut in cuts:
            if start < cut < end:
                piece = flat[start:cut]
                if piece.strip():
                    out.append((start, start + len(piece.rstrip())))
                start = cut + len(flat[cut:end]) - len(flat[cut:end].lstrip())
        out.append((start, end))
    return out


#: A sentence that starts with a number: "... and 592 to placebo). 28-day mortality was ..."
_NUMBER_START = re.compile(r"[.!?]\s+(?=\d)")
_WORD_OR_BRACKET_BEFORE = re.compile(r"(?:[A-Za-z]+|\))$")
#: Words after which a period does not end a sentence before a number ("Fig. 2", "vs. 8 days", "Jan. 14").
_ABBREVIATIONS = frozenset(
    {"vs", "approx", "fig", "figs", "tab", "eq", "no", "nos", "ref", "refs", "vol", "suppl", "resp", "al", "ca", "cf",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip


def _number_starts(flat: str) -> list[int]:
    """Where a sentence that starts with a digit starts (blingfire does not end the sentence
    before it): after a full stop that follows a word of three letters or more that is not an
    abbreviation, or a closing bracket."""
    starts = []
    for m in _NUMBER_START.finditer(flat):
        word = _WORD_OR_BRACKET_BEFORE.search(flat, max(0, m.start() - 30), m.start())
        if word and (word.group() == ")" or (len(word.group()) >= 3 and word.group().lower() not in _ABBREVIATIONS)):
            starts.append(m.end())
    return starts


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    if not stripped or _SENTENCE_END.search(stripped):
        return False
    if stripped[0].islower() or stripped[0] in "([":
        return False
    return len(stripped.split()) <= _HEADING_MAX_WORDS


def _heading_lines(text: str, block: Segment, first: bool) -> list[Segment]:
    """A block cut around the headings inside it that have no blank line after them: a line after
    the end of a sentence (or first in the block), heading-like, the next line starting with a
    capital ("...(Fig. 1).\nEfficacy\nThe primary end point ..."). The text's title, its first
    line, may have up to 20 words."""
    if "\n" not in text[block.start : block.end].strip():
        return [block]
    pieces, start = [], block.start
    line_start, previous_ends = block.start, True
    while (line_end := text.find("\n", line_start, block.end)) >= 0:
        line = text[line_start:line_end].strip()
        following = text[line_end + 1 : block.end].lstrip()[:1]
        title = first and line_start == block.start and len(line.split()) <= 20
        heading = line[:1].isupper() and not _SENTENCE_END.search(line) and (title or _is_heading(line))
        # a line in capitals is a heading even after a line that ends no sentence ("...Severe Influenza\nRESULTS")
        capitals = heading and line.isupper() and len(re.sub(r"[^A-Z]", "", line)) >= 4 and len(line.split()) <= 4
        if (previous_ends or capitals) and heading and following.isupper():
            if line_start > start:
                pieces.append(Segment(start, line_start - 1))
            pieces.append(Segment(line_start, line_end))
            start = line_end + 1
        previous_ends = bool(_SENTENCE_END.search(line)) or not line or (previous_ends and heading)
        line_start = line_end + 1
    pieces.append(Segment(start, block.end))
    return [p for p in pieces if text[p.start : p.end].strip()]


def layout(text: str, article_end: re.Pattern[str] | None = None) -> Layout:
    """Split clean text into paragraphs, sections, articles and sentences.

    A blank line ends a paragraph only where the text before it ends a sentence or the text
    after it does not continue it: PDF page breaks fall inside sentences ("compared with
    <blank line> 4321 controls"). Short lines without final punctuation are headings; each
    heading starts a section. An ``article_end`` marker starts a new article after its
    paragraph.
    """
    blocks: list[Segment] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        blocks.append(Segment(pos, match.start()))
        pos = match.end()
    blocks.append(Segment(pos, len(text)))
    blocks = [b for b in blocks if text[b.start : b.end].strip()]
    blocks = [piece for i, b in enumerate(blocks) for piece in _heading_lines(text, b, first=i == 0)]

    paragraphs: list[Segment] = []
    for block in blocks:
        body = text[block.start : block.end]
        if paragraphs:
            prev = text[paragraphs[-1].start : paragraphs[-1].end]
            first = body.lstrip()[:1]
            continues = not _SENTENCE_END.search(prev) and (first.islower() or first.isdigit())
            if continues and not _is_heading(prev):
                paragraphs[-1] = Segment(paragraphs[-1].start, block.end)
                continue
        paragraphs.append(block)

    sentences: list[Segment] = []
    tables: list[Segment] = []
    section_starts = [0]
    article_starts = [0]
    bodies = [text[para.start : para.end] for para in paragraphs]
    flats = [_CITATION_AFTER_STOP.sub(lambda m: " " * len(m.group(0)), body.replace("\n", " ")) for body in bodies]
    for para, body, flat, spans in zip(paragraphs, bodies, flats, _sentence_spans(flats), strict=True):
        if _is_heading(body):
            section_starts.append(para.start)
        if flat.strip():  # each item of a list, a heading line above it and each row of a table on its own
            rows = []
            for lines in text_tables.tables_in(text, para.start, para.end):
                tables.append(Segment(lines[0][0], lines[-1][1]))
                rows += [a - para.start for a, _ in lines] + [lines[-1][1] + 1 - para.start]
            cuts = sorted({*_item_starts(body), *_number_starts(flat), *rows})
            sentences.extend(Segment(para.start + a, para.start + b) for a, b in _cut_at(spans, cuts, flat))
        if article_end is not None and article_end.search(body):
            article_starts.append(para.end)
            section_starts.append(para.end)
    if not sentences:
        sentences = [Segment(0, len(text))]
    return Layout(paragraphs or [Segment(0, len(text))], sentences, section_starts, article_starts, tables)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of a text with the overlapping ones joined, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt(original: str, start: int, end: int, floats: list[Float]) -> str:
    """The quote ``original[start:end]`` on one line, with any legend it spans elided."""
    parts = []
    pos = start
    for f in floats:
        if f.raw_start >= start and f.raw_end <= end:
            parts.append(original[pos : f.raw_start])
            what = f"the legend of {f.label}" if f.kind == "legend" else "a page's running head and foot"
            parts.append(f" [\u2026 text interrupted by {what} \u2026] ")
            pos = f.raw_end
    parts.append(original[pos:end])
    return re.sub(r"\s+", " ", "".join(parts)).strip()
