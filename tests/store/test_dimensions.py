"""The score dimensions are stated once (tracker.store.dimensions), and what is generated from them is
what the frozen migrations installed: the cells a trigger expands a standing forecast into (0006's row
triggers, 0010's statement triggers) and the backfill's GROUP BYs (0006)."""

from __future__ import annotations

import ast
import importlib.util
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

import tracker
from tracker.store import cells, dimensions

MIGRATIONS = Path(tracker.__file__).parent / "store" / "migrations" / "versions"


def migration(name: str):
    spec = importlib.util.spec_from_file_location(f"migration_{name}", MIGRATIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_trigger_cells_are_the_ones_migration_0006_installed():
    frozen = migration("0006_score_cells")
    for row in ("NEW", "OLD"):
        assert dimensions.cells_of_sql(row) == frozen._cells_of(row)
        assert dimensions.scored_sql(row) == frozen._scored(row)
        assert dimensions.event_sql(row) == frozen._event(row)


def test_statement_trigger_cells_are_the_ones_migration_0010_installed():
    frozen = migration("0010_set_based_cells")
    assert dimensions.cells_of_sql("d") == frozen.CELLS
    assert dimensions.scored_sql("r") == frozen.SCORED


def test_backfill_dimensions_are_the_ones_migration_0006_filled():
    """0006's upgrade loops over its own literal (dimension, key, scale) triples: read them from its source."""
    tree = ast.parse((MIGRATIONS / "0006_score_cells.py").read_text(encoding="utf-8"))
    upgrade = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "upgrade")
    loop = next(node for node in ast.walk(upgrade) if isinstance(node, ast.For))
    assert tuple(ast.literal_eval(loop.iter)) == cells.DIMENSIONS
    assert [name for name, _, _ in cells.DIMENSIONS] == [d.name for d in dimensions.DIMENSIONS]


def test_every_grouping_is_a_dimension_with_a_column_or_tags():
    for by in dimensions.GROUPINGS:
        dimension = dimensions.BY_NAME[by]
        assert dimension.column or by == "tag"
    assert set(dimensions.MISSING) == {"phrase", "source"}


@pytest.mark.parametrize("made_at, due, band", [
    # days from the forecast's UTC date to the due date; upper bounds exclusive (91, 365, 730, 1826)
    (datetime(2024, 1, 1, 23, 0, tzinfo=timezone.utc), date(2024, 3, 31), "0-3 months"),  # 90 days
    (datetime(2024, 1, 1, tzinfo=timezone.utc), date(2024, 4, 1), "3-12 months"),  # 91 days
    (datetime(2024, 1, 1, tzinfo=timezone.utc), date(2024, 12, 30), "3-12 months"),  # 364 (2024 is a leap year)
    (datetime(2024, 1, 1, tzinfo=timezone.utc), date(2024, 12, 31), "1-2 years"),  # 365
    (datetime(2024, 1, 1, tzinfo=timezone.utc), date(2025, 1, 1), "1-2 years"),  # 366
    (datetime(2024, 1, 1, tzinfo=timezone.utc), date(2029, 1, 1), "5+ years"),  # 1827
    (datetime(2024, 1, 1, tzinfo=timezone.utc), date(2028, 12, 30), "2-5 years"),  # 366 + 3 * 365 + 364 = 1825
])
def test_horizon_bands_by_hand(made_at, due, band):
    assert dimensions.horizon_band(made_at, due) == band


def test_labels_name_missing_keys():
    assert dimensions.label(None, []) == ("all",)
    assert dimensions.label("phrase", [None, None]) == ("(no phrase)", "")
    assert dimensions.label("source", [None]) == ("(no source)",)
    assert dimensions.label("month", [None]) == ("(none)",)
    assert dimensions.label("forecaster", ["ana"]) == ("ana",)
