"""A probability legend set in a Markdown blockquote is found as in plain prose (legend_table.prose_legend)."""

import pytest

from tracker.extract.legend_table import prose_legend

_LEGENDS = [
    "Where we use words, *remote* means below 10%, *unlikely* 10–35%, *roughly even*\n35–65%, *likely* 65–85% and "
    "*very likely* above 85%.",
    "Our terms: remote (under 10%), unlikely (10-30%), even chance (30-60%),\nlikely (60-90%), almost certain "
    "(over 90%).",
    "In this note we use unlikely (10–40%), realistic possibility (40–60%), likely\n(60–80%) and highly likely "
    "(80–95%).",
]


@pytest.mark.parametrize("legend", _LEGENDS)
@pytest.mark.parametrize("mark", ["> ", ">", "  > "])
def test_blockquoted_legend_read_as_plain(legend, mark):
    quoted = "# Brief\n\n" + "\n".join(mark + line for line in ("**How to read us.** " + legend).splitlines()) + "\n\nBody.\n"
    plain = prose_legend("# Brief\n\n**How to read us.** " + legend + "\n\nBody.\n")
    assert plain and prose_legend(quoted) == plain


@pytest.mark.parametrize("text", [
    "> Prices rose 5% (10-35%) in March.\n> Nothing else.\n",
    "> We think growth is likely.\n>\n> -- a trader\n",
    "Plain text with > a comparison sign > twice.\n",
])
def test_quotes_without_a_legend(text):
    assert prose_legend(text) == {}
