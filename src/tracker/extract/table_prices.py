"""A market board's price column: a contract table whose numbers are a market's prices, not the writers' own.

Prediction-market newsletters print their exchange's board as a table: "Contract | <Exchange> last | Rival
exchange | Week change" over "Party X wins the House in the 2026 elections | 71¢ | 68% | +4". A binary contract
pays one unit if the event happens, so its price in cents is the traders' probability. With no column of the
writers' own (table_rows.py reads that first), the row is still a forecast: the market's, named as its speaker.

The price column is the first one whose cell is a price in cents ("71¢", "71c", "71 cents", "$0.71"), which only
a contract's price is written as; or, failing one, a percentage under a header naming a price ("Last", "Price",
"Mid", "Bid", "Close"). A change column ("+4", "Week change") or a volume is never one.
"""

from __future__ import annotations

import re

#: A contract's price in cents of a unit: "71¢", "71 c", "71 cents", "$0.71", "$.71".
_CENTS = re.compile(r"^(?:(?P<cents>\d{1,2}(?:\.\d)?)\s?(?:¢|c|cents?)|\$\s?0?\.(?P<dollars>\d{1,2}))$", re.IGNORECASE)
_PERCENT = re.compile(r"^(?P<p>\d{1,2}(?:\.\d+)?)\s?%$")
#: A header naming a price and the words naming it that are not the venue's name.
_PRICE_WORDS = r"(?:last(?:\s+(?:trade|traded|price))?|price|prices|mid(?:-price)?|bid|ask|close|closing|settle(?:ment)?|yes)"
_PRICE_HEADER = re.compile(rf"^(?:(?P<venue>(?-i:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,2}}))\s+)?{_PRICE_WORDS}(?:\s*\((?:¢|c|%|cents)\))?$",
                           re.IGNORECASE)
#: Columns that are not a price whatever their cells: a change, a volume, a rival's number.
_NOT_PRICE = re.compile(r"\b(?:change|chg|move|volume|vol|open\s+interest|rival|other|consensus|crowd|poll)", re.IGNORECASE)


def market_column(header: list[str], cells: list[str], claim: int) -> tuple[int, float, str] | None:
    """``(column, probability, venue)`` of a market board's price in the row ``cells``, or None."""
    if len(header) != len(cells):
        return None
    for index, (name, cell) in enumerate(zip(header, cells)):
        if index == claim or _NOT_PRICE.search(name):
            continue
        if (cents := _CENTS.match(cell)) is not None:
            value = float(cents.group("cents")) if cents.group("cents") else float(cents.group("dollars").ljust(2, "0"))
            return (index, value / 100, _venue(name)) if 0 < value < 100 else None
    for index, (name, cell) in enumerate(zip(header, cells)):
        if index != claim and _PRICE_HEADER.match(name) and (percent := _PERCENT.match(cell)) is not None:
            value = float(percent.group("p"))
            return (index, value / 100, _venue(name)) if 0 < value < 100 else None
    return None


def _venue(header: str) -> str:
    """The market a price column names ("Exchange X last" -> "Exchange X"), else "the market"."""
    named = _PRICE_HEADER.match(header)
    venue = named.group("venue") if named else None
    return venue if venue and venue.lower() not in ("the", "market", "our", "contract") else "the market"
