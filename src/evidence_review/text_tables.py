"""Tables in plain text: which cell of which table a position of the text is in.

A results table copied into a text keeps its columns in one of three ways:

- **pipe**: ``| Outcome | HR (95% CI) | P |`` (a Markdown table; a ``|---|`` line under the
  header is skipped);
- **tab**: cells separated by tab characters;
- **aligned**: cells separated by two or more spaces (a table pasted from a PDF).

A table is a run of at least two consecutive lines that split into two or more cells the same
way; its first line is the header. A cell of a later line belongs to the header cell of the same
column: the same index when the row has as many cells as the header, else the header cell whose
character columns overlap it most (aligned text whose header words are centred). The extractor
reads an estimate in a table with the measure its column's header names and the outcome its
row's first cell names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = {"pipe": re.compile(r"\|"), "tab": re.compile(r"\t"), "aligned": re.compile(r"(?<=\S) {2,}(?=\S)")}
_RULE_LINE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
#: An arm's size in a column header ("Drug X (N = 2833)", "Placebo, n=98"), or a header line of its own
#: under the header that holds the sizes only ("(N=402)    (N=398)")
#: a header cell that only names the interval of the column above it: "(95% CI)" under "Hazard ratio"
_CI_CELL = re.compile(r"(?i)[(\[]\s*\d{2}(?:\.\d)?\s*%\s*C[Rr]?I\s*[)\]]")
ARM_SIZE = re.compile(r"[(\[,]?\s*[nN]\s*=\s*(?P<n>\d[\d,]*)\s*[)\]]?")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int  # offsets into the whole text
    end: int


@dataclass(frozen=True)
class TableCell:
    """A position's cell, the first cell of its row, and the header cells of its column (the
    header line's, then those of header lines above it, nearest first); with the row and the
    header line it was found in."""

    cell: Cell
    row_head: Cell
    headers: tuple[Cell, ...]
    column: int
    row: tuple[Cell, ...]
    header_line: tuple[Cell, ...]
    row_start: int
    header_start: int
    kind: str  # "pipe", "tab" or "aligned"

    def in_column(self, header_words: re.Pattern[str]) -> Cell | None:
        """Another cell of this row whose header matches ``header_words`` (e.g. the P column)."""
        for i in range(1, len(self.row)):
            h = _header_of(list(self.row), i, list(self.header_line), self.header_start, self.row_start, self.kind)
            if i != self.column and h is not None and header_words.search(h.text):
                return self.row[i]
        return None


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _cells(text: str, start: int, end: int, kind: str) -> list[Cell]:
    """The cells of the line [start, end) split the ``kind`` way. Between pipes or tabs an empty
    cell is a cell (an empty P cell must not shift the columns after it: "| 0.70 (0.55-0.89) | |"),
    the outer pipes of a Markdown row excepted; aligned text has no empty cells to see."""
    line = text[start:end]
    if kind == "pipe" and "|" not in line:
        return []
    if kind == "tab" and "\t" not in line:
        return []
    cells, pos = [], 0
    seps = [*_SEPARATORS[kind].finditer(line), None]
    for index, sep in enumerate(seps):
        stop = sep.start() if sep else len(line)
        piece = line[pos:stop]
        outer = kind == "pipe" and index in (0, len(seps) - 1)  # before the first pipe, after the last
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            cells.append(Cell(piece.strip(), start + pos + lead, start + pos + lead + len(piece.strip())))
        elif kind != "aligned" and not outer:
            cells.append(Cell("", start + pos, start + pos))
        pos = sep.end() if sep else len(line)
    return cells


def _table_line(text: str, start: int, end: int, kind: str) -> bool:
    """A line of a table of ``kind``: two or more cells, or the rule under a pipe table's header."""
    if kind == "pipe" and _RULE_LINE.match(text[start:end]):
        return True
    return len(_cells(text, start, end, kind)) >= 2


def aligned_line(text: str, start: int, end: int) -> bool:
    """The line [start, end) is a row of an aligned table: two cells or more, set apart by runs of spaces."""
    return _table_line(text, start, end, "aligned")


def _between_table_lines(text: str, start: int, end: int, kind: str) -> bool:
    """A line of one cell under an aligned table's columns with table lines on both sides of it: a
    header's unit line, "    no. of patients (%)", between the header and the first row."""
    if kind != "aligned" or start == 0 or end >= len(text) or not _UNDER_A_COLUMN.match(text, start, end):
        return False
    above, below = _line_bounds(text, start - 1), _line_bounds(text, end + 1)
    return _table_line(text, *above, kind) and _table_line(text, *below, kind)


def _block(text: str, start: int, end: int, kind: str) -> list[tuple[int, int]] | None:
    """The lines (bounds) of the table of ``kind`` around the line [start, end), or None."""
    if len(_cells(text, start, end, kind)) < 2:
        return None
    lines = [(start, end)]
    while lines[0][0] > 0:  # upwards
        a, b = _line_bounds(text, lines[0][0] - 1)
        if not (_table_line(text, a, b, kind) or _between_table_lines(text, a, b, kind)):
            break
        lines.insert(0, (a, b))
    while lines[-1][1] < len(text):  # downwards
        a, b = _line_bounds(text, lines[-1][1] + 1)
        if a >= len(text) or not (_table_line(text, a, b, kind) or _between_table_lines(text, a, b, kind)):
            break
        lines.append((a, b))
    lines = [line for line in lines if not _RULE_LINE.match(text[line[0] : line[1]])]
    if kind == "aligned":
        lines = _from_header(text, lines)
    return lines if len(lines) >= 2 else None


#: a line of an aligned table's header that stands under its columns alone: "    no. of patients (%)"
_UNDER_A_COLUMN = re.compile(r"[ \t]{2,}\S+(?: \S+)*[ \t]*$")


def _from_header(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An aligned table's lines from its header, the last line above its first row of numbers that is
    not a line of the arms' sizes or a line of one cell under the columns ("no. of patients (%)"): the
    lines above it are the header's upper lines ("Intervention Control" over "Outcome (n = 412) (n =
    409) Absolute difference (95% CI)"), read as stacked headers."""
    cells = [_cells(text, a, b, "aligned") for a, b in lines]
    first_row = next((i for i, row in enumerate(cells) if any(_NUMBER_CELL.match(c.text) for c in row[1:])), 0)
    heads = [i for i in range(first_row) if len(cells[i]) >= 2 and not _sizes_line(cells[i])]
    return lines[heads[-1] :] if heads else lines


def cell_at(text: str, pos: int) -> TableCell | None:
    """The table cell at ``pos`` (an offset into ``text``), or None when ``pos`` is not in the
    body of a table (header lines and running text give None)."""
    start, end = _line_bounds(text, pos)
    for kind in ("pipe", "tab", "aligned"):
        lines = _block(text, start, end, kind)
        if not lines or lines[0][0] == start:
            continue
        row = _cells(text, start, end, kind)
        header = _cells(text, *lines[0], kind)
        column = next((i for i, c in enumerate(row) if c.start <= pos < c.end), None)
        if column is None or column == 0:
            continue
        headers = [_header_of(row, column, header, lines[0][0], start, kind)]
        if kind == "aligned":  # a header of two or three lines: the words above the column, the arm's size below
            headers += _stacked_headers(text, lines[0][0], row[column].start - start, row[column].end - start)
            headers += _header_sizes(text, lines, row[column].start - start, row[column].end - start)
        found = tuple(h for h in headers if h is not None)
        return TableCell(row[column], row[0], found, column, tuple(row), tuple(header), start, lines[0][0], kind)
    return None


def column_name_at(text: str, pos: int) -> str | None:
    """The name of the arm whose column header holds ``pos``, its size left out: "Drug X" for the
    "N=402" of a header cell "Drug X (N=402)", or of a line of sizes under "Drug X" in an aligned
    table; None outside a table's header (and in its first column)."""
    start, end = _line_bounds(text, pos)
    for kind in ("pipe", "tab", "aligned"):
        lines = _block(text, start, end, kind)
        if not lines:
            continue
        cells = _cells(text, start, end, kind)
        cell = next((c for c in cells if c.start <= pos < c.end), None)
        if cell is None:
            return None
        if lines[0][0] == start:  # the header: the cell's words without the size
            return None if cell is cells[0] else " ".join(ARM_SIZE.sub(" ", cell.text).split()).strip(" ,;") or None
        sizes_only = _sizes_line(cells)
        if kind == "aligned" and len(lines) >= 3 and lines[1][0] == start and sizes_only:
            lo, hi = cell.start - start, cell.end - start  # a line of sizes under the header: the words above
            a, header = lines[0][0], _cells(text, *lines[0], kind)
            above = [h for h in header[1:] if min(hi, h.end - a) > max(lo, h.start - a)]
            return " ".join(h.text for h in above) or None
        return None
    return None


def title_of(text: str, table: TableCell) -> tuple[int, int] | None:
    """The bounds of the line right above a table's header ("Table 3. Subgroup analyses of ..."),
    blank lines skipped; None at the start of the text."""
    pos = table.header_start
    while pos > 0:
        start, end = _line_bounds(text, pos - 1)
        if text[start:end].strip():
            return start, end
        pos = start
    return None


def group_of(text: str, table: TableCell) -> Cell | None:
    """The first cell of the nearest row above ``table``'s row (below its header) that holds no
    bracketed value: the group a subgroup belongs to ("Age" over "<65 yr ... 0.72 (0.60-0.86)")."""
    kind = table.kind
    pos = table.row_start
    while pos > table.header_start:
        start, end = _line_bounds(text, pos - 1)
        if start <= table.header_start:
            break
        if _RULE_LINE.match(text[start:end]):
            pos = start  # a Markdown table's rule under its header is no group
            continue
        cells = _cells(text, start, end, kind)
        if cells and not any("(" in c.text or "[" in c.text for c in cells[1:]):
            return cells[0]
        pos = start
    return None


_NUMBER_CELL = re.compile(r"[-−<>≤≥]?\d")


def _looks_aligned(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines split by runs of spaces that make a table, not prose pasted from a PDF: the header and
    most lines have three cells or more, or every line below the header has a cell that is a number."""
    cells = [_cells(text, a, b, "aligned") for a, b in lines]
    wide = [len(c) >= 3 for c in cells]
    if wide[0] and 2 * sum(wide) >= len(wide):
        return True
    return all(any(_NUMBER_CELL.match(c.text) for c in row[1:]) for row in cells[1:])


def tables_in(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The tables of a paragraph [start, end): each the bounds of its lines, header first. Pipe
    and tab tables as :func:`cell_at` finds them; an aligned table only when it looks like one
    (prose pasted from a PDF has double spaces too, see :func:`_looks_aligned`)."""
    found: list[list[tuple[int, int]]] = []
    body = text[start:end]
    if "\n" not in body or not ("|" in body or "\t" in body or "  " in body):
        return found
    line_start = start
    while line_start < end:
        line_end = min(_line_bounds(text, line_start)[1], end)
        line = text[line_start:line_end]
        kinds = [k for k, sep in (("pipe", "|"), ("tab", "\t"), ("aligned", "  ")) if sep in line]
        for kind in kinds:  # (a line without a separator starts no table)
            lines = _block(text, line_start, line_end, kind)
            if lines and kind == "aligned" and not _looks_aligned(text, lines):
                lines = None
            if lines:
                lines = [(a, b) for a, b in lines if start <= a and b <= end]
                if len(lines) >= 2:
                    found.append(lines)
                    line_end = max(line_end, lines[-1][1])
                break
        line_start = line_end + 1
    return found


def _stacked_headers(text: str, header_start: int, lo: int, hi: int, depth: int = 2) -> list[Cell]:
    """Cells of the lines right above a header line whose columns overlap [lo, hi) of a row."""
    found = []
    line_start = header_start
    for _ in range(depth):
        if line_start == 0:
            break
        a, b = _line_bounds(text, line_start - 1)
        cells = _cells(text, a, b, "aligned")
        if not cells:
            break
        found += [c for c in cells if min(hi, c.end - a) > max(lo, c.start - a)]
        line_start = a
    return found


def _sizes_line(cells: list[Cell]) -> bool:
    """A line under an aligned table's header that holds the arms' sizes ("(N = 512)"), and perhaps the
    interval of an estimate's column ("(95% CI)" under "Hazard ratio"), not a header of its own."""
    return any(ARM_SIZE.fullmatch(c.text) for c in cells) and all(
        ARM_SIZE.fullmatch(c.text) or _CI_CELL.fullmatch(c.text) for c in cells
    )


def _header_sizes(text: str, lines: list[tuple[int, int]], lo: int, hi: int) -> list[Cell]:
    """The cells over [lo, hi) of a row in the line under an aligned table's header that holds
    the arms' sizes only ("Drug X" over "(N=402)")."""
    if len(lines) < 3:
        return []
    a, b = lines[1]
    cells = _cells(text, a, b, "aligned")
    if not cells or not _sizes_line(cells):
        return []
    return [c for c in cells if min(hi, c.end - a) > max(lo, c.start - a)]


def _header_of(
    row: list[Cell], column: int, header: list[Cell], header_start: int, row_start: int, kind: str
) -> Cell | None:
    """The header cell of a row's cell: the one in the same place between pipes or tabs (a row may leave
    its last cells out: "<65 yr | 2140 | 98/1072 | 131/1068 | 0.73 (0.56-0.95)" under a header that ends
    with "P for interaction"); in aligned text, the one above it."""
    if len(row) == len(header) or (kind != "aligned" and column < len(header)):
        return header[column]
    cell = row[column]
    lo, hi = cell.start - row_start, cell.end - row_start
    best, overlap = None, 0
    for h in header:
        a, b = h.start - header_start, h.end - header_start
        shared = min(hi, b) - max(lo, a)
        if shared > overlap:
            best, overlap = h, shared
    return best
