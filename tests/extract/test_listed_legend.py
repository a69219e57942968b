"""A legend printed as a list of terms and bands (legend_prose.listed_legend): "almost certain 90% or more;
likely 60–89%; ...". Texts written for these tests."""

import pytest

from tracker.extract.legend_prose import listed_legend


@pytest.mark.parametrize("text, expected", [
    ("When we use words, we mean: almost certain 90% or more; likely 60–89%; roughly even 40–59%; unlikely 11–39%; "
     "remote 10% or less.",
     {"almost certain": (0.9, 1.0), "likely": (0.6, 0.89), "roughly even": (0.4, 0.59), "unlikely": (0.11, 0.39),
      "remote": (0.0, 0.1)}),
    ("Our terms: **very likely** 80-95%, **likely** 55-80%, **unlikely** 20-45% and **very unlikely** under 20%.",
     {"very likely": (0.8, 0.95), "likely": (0.55, 0.8), "unlikely": (0.2, 0.45), "very unlikely": (0.0, 0.2)}),
    ("Probability words\n- highly likely: more than 85%\n- likely: 60 to 85%\n- unlikely: 15 to 40%\n"
     "- highly unlikely: less than 15%",
     {"highly likely": (0.85, 1.0), "likely": (0.6, 0.85), "unlikely": (0.15, 0.4), "highly unlikely": (0.0, 0.15)}),
    ("In this note: near certain (≥95%), probable (65–94%), improbable (6–34%) and remote chance (≤5%).",
     {"near certain": (0.95, 1.0), "probable": (0.65, 0.94), "improbable": (0.06, 0.34), "remote chance": (0.0, 0.05)}),
    ("Scale: certain = 99 per cent or more; likely = 70-98 per cent; unlikely = 5-30 per cent.",
     {"certain": (0.99, 1.0), "likely": (0.7, 0.98), "unlikely": (0.05, 0.3)}),
])
def test_a_list_of_terms_with_bands_is_a_legend(text, expected):
    assert listed_legend(text) == expected


@pytest.mark.parametrize("text", [
    "Forecasts for 2027: growth 2–3%; inflation 4% or less; unemployment 5–6%; wages 3% or more.",   # no chance words
    "Rates are likely to rise 25-50bp, and yields 4-5%; equities 6% or more, bonds 2% or less.",      # one term only
    "Likely 60–89% and unlikely 11–39%.",                                                              # two terms
    "A rise is likely; the central bank puts it at 60–89%, and a fall is unlikely at 11–39%; "
    "a pause is possible at 30%.",                                                                     # terms not before their bands
    "We expect growth of 2%, inflation of 3% and unemployment of 5%, which seems likely.",
])
def test_other_lists_of_figures_are_no_legend(text):
    assert listed_legend(text) == {}


@pytest.mark.parametrize("text", [
    "remote (less than 10%), unlikely (10-35%). Then, much later, likely (55-80%)",
    "likely 60–89%; we then note that unlikely 11–39%, and remote 10% or less",
])
def test_items_apart_make_no_list(text):
    assert listed_legend(text) == {}
