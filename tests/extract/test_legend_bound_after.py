"""A legend row whose open bound follows the number ("95% or more", "10 per cent or less")."""

import pytest

from tracker.extract.legend_table import legend_row, table_legend

_TAIL = "| likely | 55–80% |\n| roughly even | 40–55% |\n| unlikely | 20–40% |\n"


@pytest.mark.parametrize("value, band", [
    ("95% or more", (0.95, 1.0)),
    ("90 per cent or above", (0.9, 1.0)),
    ("85% and above", (0.85, 1.0)),
    ("92 percent or higher", (0.92, 1.0)),
    ("95%+", (0.95, 1.0)),
    ("5% or less", (0.0, 0.05)),
    ("10 per cent or below", (0.0, 0.1)),
    ("under 15%", (0.0, 0.15)),
])
def test_first_row_with_bound_after_number_is_kept(value, band):
    legend = table_legend(f"| Term | Probability |\n|---|---|\n| practically certain | {value} |\n" + _TAIL)
    assert legend["practically certain"] == band
    assert len(legend) == 4


@pytest.mark.parametrize("line", [
    "almost certain ...... 95% or more",
    "- highly likely: 90 per cent or above",
])
def test_plain_legend_rows_with_bound_after(line):
    assert legend_row(line)


@pytest.mark.parametrize("value", ["95% or so", "95% or more of cases", "about 95%", "95% more"])
def test_other_values_are_not_bands(value):
    legend = table_legend(f"| Term | Probability |\n|---|---|\n| practically certain | {value} |\n" + _TAIL)
    assert "practically certain" not in legend
