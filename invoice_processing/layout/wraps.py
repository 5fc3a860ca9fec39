"""Wrapped descriptions: which row each line of description text belongs to.

A table prints its descriptions above its numbers or below them (decided once, on its first
page, and kept across pages); lines stand close together within a row and apart between rows,
so a footer or a note far below the last row is left out, and a description split by a page
break is joined back.
"""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.between_rows import (
    GOES_ON,
    box_heading,
    capitals_note,
    goes_on_over_the_page,
    group_heading,
    heading,
    note_between,
    off_the_grid,
    title,
)
from invoice_processing.layout.centred_cells import Centring, bare_pitch
from invoice_processing.layout.code_leads import code_led
from invoice_processing.layout.description_side import descriptions_above
from invoice_processing.layout.led_rows import led_rows
from invoice_processing.layout.rows import Item, Table, Wrap


def _near(upper: Item, lower: Item, pitches: float = 2.6, pitch: float = 0.0) -> bool:
    """Two lines close enough to be parts of one row (a wrap, not a footer or a note): within a
    few font sizes, and not much further apart than the table's own line pitch (``pitch``, 0 when
    unknown) where rows stand apart by a wider gap."""
    if upper.page != lower.page:
        return True
    size = max(upper.line.size, lower.line.size, 6.0) if upper.line.size or lower.line.size else 9.0
    limit = pitches * size if not pitch else min(pitches * size, 1.6 * pitch)
    return 0 < lower.line.y - upper.line.y <= limit


def run_over(items: list[Item], row: Item) -> list[Item]:
    """The text lines standing right over ``row``, each near the next (its description when the
    table prints descriptions above their numbers); what stands further up is left out."""
    run: list[Item] = []
    below = row
    for item in reversed(items):
        if item.kind != "text" or not item.text or not _near(item, below):
            break
        run.insert(0, item)
        below = item
    return run


def _pitch(items: list[Item]) -> float:
    """The table's line pitch: the lower quartile of the gaps between its consecutive lines (wrapped
    lines stand this close; the gap between two rows' blocks may be wider)."""
    gaps = sorted(b.line.y - a.line.y for a, b in zip(items, items[1:], strict=False)
                  if a.page == b.page and b.line.y > a.line.y)
    return gaps[len(gaps) // 4] if len(gaps) >= 4 else 0.0


def settle(table: Table, items: list[Item], *, ends: bool = True) -> None:
    """Give each description line to its row and append the rows to ``table`` (``ends``: the table ends
    with ``items``, rather than going on over the page)."""
    if table.above is None and any(item.kind == "row" for item in items):
        table.above = descriptions_above(items, table)
    if table.above:
        _settle_above(table, items)
    else:
        _settle_below(table, items, ends)


def _entry_gap(items: list[Item]) -> float:
    """How far apart this table sets its entries, when clearly wider than a wrapped line's pitch:
    the usual gap from a row to the next row with nothing between them, kept when the wraps seen
    stand much closer (or, with none seen, when it is wider than a text line's leading); else 0.
    A text line that far below the line before it is an entry of its own (a remark line
    "Special order - non returnable"), not the rest of the description above it."""
    entry = bare_pitch(items)
    if not entry:
        return 0.0
    wraps = [b.line.y - a.line.y for a, b in zip(items, items[1:], strict=False)
             if a.kind in ("row", "text") and b.kind == "text" and a.page == b.page and b.line.y > a.line.y]
    # (and a description's lines over the numbers on its last line: "Harvest Collection Rattan Star" over
    # "FL1726 ... Assorted colors | 12 | 8.50")
    leads = [b.line.y - a.line.y for a, b in zip(items, items[1:], strict=False)
             if a.kind == "text" and b.kind == "row" and a.page == b.page and b.line.y > a.line.y]
    size = max(max(item.line.size for item in items), 6.0)
    tight = [gap for gap in wraps + leads if gap < 0.75 * entry]
    return entry if tight or (not wraps and entry >= 1.8 * size) else 0.0


def _settle_below(table: Table, items: list[Item], ends: bool = True) -> None:
    last: Item | None = None  # the row (or its last description line) new text may follow
    # text before this page's first row may finish the last row's description (or the last row of
    # the table it continues), unless the last page ended inside a remark set apart from its row
    continued = (bool(table.rows) or table.previous is not None) and not table.open_remark
    entry = _entry_gap(items)
    items = code_led(led_rows(items, entry, table), table)
    before: tuple[Item, list[Wrap] | None, float] | None = None  # the last text line, where it went, its gap above
    # text under a charge's line ("Tariff Surcharge ..." / "Origin China") is the charge's, also at the
    # top of the page after the one the charge ends
    charged = table.open_remark
    lead = 0.0  # the gap from the row to its first description line: the table's leading under its rows
    centring = Centring(table, items)  # cells centred on their rows' numbers
    for at, item in enumerate(items):
        if item.kind == "row" and item.row is not None:
            centring.at_row(table, item, last, before, items[at + 1] if at + 1 < len(items) else None)
            table.rows.append(item.row)
            last, continued, charged, before, lead = item, False, False, None, 0.0
            table.open_remark = False
        elif item.kind == "text" and item.text and not table.rows:
            _before_first(table, item, continued, centring)
        elif item.kind == "text" and item.text and table.rows:
            gap = item.line.y - last.line.y if last is not None and last.page == item.page else 0.0
            # (a line going on in lower case, closer than the next row would stand, goes on the text above)
            apart = entry and 0.85 * entry <= gap and not (item.text[:1].islower() and gap < 0.95 * entry) and not (
                last is not None and gap < 1.1 * entry and GOES_ON.search(last.text.strip()))  # ("... Recipes for")
            before = None if charged else (item, None, gap)
            if last is not None and (heading(item, last) or note_between(item, last, table)
                                     or capitals_note(item, last, table) or (
                                         _totals_follow(items, at) and off_the_grid(item, last, table, items[:at]))):
                last, continued, before = None, False, None  # "WATER SERVICE" over the next rows: no row's text
            elif continued and last is None and (title(item, table.rows[-1].line.size) or box_heading(item, table)):
                continued = False  # "INVOICE SUMMARY" heading the next page's totals
            elif (continued and last is None and goes_on_over_the_page(item, table)) or (
                    last is not None and not apart and (
                    _near(last, item) or (_same_leading(last, item, gap, lead) and (
                        not ends or _row_follows(items, at))))):
                table.rows[-1].below.append(item.wrap)
                before = (item, table.rows[-1].below, gap)
                centring.given(table, item, gap, last)
                lead = gap if last is not None and last.kind == "row" else lead
                last, table.open_remark = item, False
            else:
                last, continued = None, False
                centring.dropped(item)
                # a remark where the next entry would stand (not a footer far below) may go on over the page
                table.open_remark = table.open_remark or bool(apart and gap <= 1.6 * entry)
        elif item.kind == "break":  # (a charge in words: not a subtotal, not a line of bare numbers)
            last, continued, charged = None, False, bool(lx.CHARGES.match(item.line.text.strip()))
            centring.broken()
    centring.finish(table)
    if charged:
        table.open_remark = True  # the page ends in a charge's lines: the next page's first text is the charge's


def _before_first(table: Table, item: Item, continued: bool, centring: Centring) -> None:
    """A text line before the table's first row: the rest of the last row of the table this one
    continues under another header, or a line over the first row (``centring``)."""
    if table.previous is not None and continued:
        row, index = table.previous
        row.below.append(Wrap({index: item.text}, tuple((index, cell) for _, cell in item.cells), item.line.size,
                              item.line.font_size))
    elif table.previous is None and not group_heading(item, table):
        centring.over_first(item)


def _row_follows(items: list[Item], at: int) -> bool:
    """True when another row follows ``items[at]`` on its page (a line after the last row of a table
    that ends there, however it is set, is no description of that row: "Thank you for your business!")."""
    return any(other.kind == "row" and other.page == items[at].page for other in items[at + 1:])


def _totals_follow(items: list[Item], at: int) -> bool:
    """True when ``items[at]`` stands after its page's last row, over a break (the totals' lines)."""
    after = [other.kind for other in items[at + 1:] if other.page == items[at].page]
    return "row" not in after and "break" in after


def _same_leading(last: Item, item: Item, gap: float, lead: float) -> bool:
    """A description's next line set as far under its last line as that stood under its row (a table
    printed with loose leading: "... (Each One Will" 21 points under the row, "Vary)" 24 under it)."""
    return last.kind == "text" and last.page == item.page and 0 < gap <= 1.25 * lead


def _settle_above(table: Table, items: list[Item]) -> None:
    """Descriptions printed over their numbers: a run of text lines goes to the row right under it.

    Text runs are split where lines stand apart. The run that ends right over a row is its
    description; at the end of a page, the last run that starts no further below the last row than
    this table spaces its rows goes on to the next page's first row (a remark under the last row
    comes before it, footers and notes further below).
    """
    runs: list[list[Item]] = [list(table.pending)] if table.pending else []
    last_row: Item | None = None
    pitch = _pitch(items)
    for item in items:
        if item.kind == "row" and item.row is not None:
            run = _without_remark(_from_code(table, runs[-1]), last_row) if runs else []
            if run and _near(run[-1], item, pitch=pitch):
                item.row.above = [p.wrap for p in run]
                if last_row is not None and last_row.page == run[0].page:
                    table.lead_gaps.append(run[0].line.y - last_row.line.y)
            table.rows.append(item.row)
            runs, last_row = [], item
        elif item.kind == "text" and item.text:
            if runs and runs[-1] and _near(runs[-1][-1], item, pitch=pitch):
                runs[-1].append(item)
            else:
                runs.append([item])
        elif item.kind == "break":
            runs = []
    table.pending = _carried(table, runs, last_row)


def _carried(table: Table, runs: list[list[Item]], last_row: Item | None) -> list[Item]:
    """The text run left at the end of a page that starts the next page's first description: the
    last run that stands where this table starts a description after a row (a remark under the
    row's numbers comes before it; a footer far below does not stand there)."""
    if not runs or not runs[0]:
        return []
    if last_row is None or last_row.page != runs[0][0].page:
        return runs[0]
    coded = _coded_starts(table)
    if coded is not None:  # this table's descriptions start with the product's code: so does this one
        starts = [run[at:] for run in runs for at, item in enumerate(run)
                  if _starts_with_code(item.values.get(coded, ""))]
        return starts[0] if starts else []
    if not table.lead_gaps:
        return runs[0] if _near(last_row, runs[0][0], 3.6) else []
    usual, widest = sorted(table.lead_gaps)[len(table.lead_gaps) // 2], 1.3 * max(table.lead_gaps)
    found: list[Item] = []
    for number, run in enumerate(runs):
        for at, item in enumerate(run):  # a remark may lead the run: the description starts after it
            gap = item.line.y - last_row.line.y
            if 0.75 * usual <= gap <= widest:
                found = run[at:]  # the last such run: a remark under the last row comes before it
                break
        if found and number + 1 < len(runs) and 0 < runs[number + 1][0].line.y - found[-1].line.y <= widest:
            found = []  # a remark set as a run of its own: the next run, as far below it, is the description
            last_row = run[-1]
    return found


def _without_remark(run: list[Item], last_row: Item | None) -> list[Item]:
    """A run over a row without its first lines when they stand closer to the row before than to
    the rest of the run: a remark under that row ("CANCELLED PER CUSTOMER"), not this description."""
    while len(run) > 1 and last_row is not None and last_row.page == run[0].page and (
            run[0].line.y - last_row.line.y < 0.8 * (run[1].line.y - run[0].line.y)):
        run = run[1:]
    return run


def _from_code(table: Table, run: list[Item]) -> list[Item]:
    """A run over a row, from its last line that starts with a code when this table's descriptions
    start with the product's code: a remark printed under the row before ("** Discontinued **")
    is not part of the next one's description."""
    coded = _coded_starts(table) if len(run) > 1 else None
    if coded is None:
        return run
    starts = [at for at, item in enumerate(run) if _starts_with_code(item.values.get(coded, ""))]
    return run[starts[-1]:] if starts else run


def _coded_starts(table: Table) -> int | None:
    """The code column, when nearly every description printed above a row starts with the row's
    code on its first line (a code line over the numbers); else None."""
    codes = table.indexes(lx.CODE)
    firsts = [row.above[0].values for row in table.rows if row.above]
    if len(codes) > 1 or len(firsts) < 3:
        return None
    for index in codes or table.indexes(lx.DESCRIPTION)[:1]:  # "Product" over the codes reads as a description
        with_code = sum(1 for values in firsts if _starts_with_code(values.get(index, "")))
        if with_code >= 0.9 * len(firsts):
            return index
    return None


def _starts_with_code(text: str) -> bool:
    return bool(text.split()) and lx.looks_like_code(text.split()[0])
