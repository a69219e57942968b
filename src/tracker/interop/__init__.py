"""Other tools' files in and out: Fatebook CSV (both ways), PredictionBook tables, tracker's own CSV
export read back, and an iCalendar feed of due dates.

Every import builds ledger records and writes them through ``tracker.apply.apply_contents``: one
transaction, idempotent (importing the same file twice changes nothing), and every problem located as
``FILE:LINE: COLUMN: MESSAGE``. The formats and what is assumed about them are in docs/interop.md.
"""

from __future__ import annotations

from tracker.interop.calendar import write_calendar
from tracker.interop.common import ImportErrors, ImportResult
from tracker.interop.fatebook import PLACEHOLDER_CRITERIA, export_fatebook, import_fatebook
from tracker.interop.predictionbook import import_predictionbook
from tracker.interop.tables import import_tables

__all__ = ["import_fatebook", "export_fatebook", "import_predictionbook", "import_tables", "write_calendar",
           "ImportResult", "ImportErrors", "PLACEHOLDER_CRITERIA"]
