"""report.md text: user text stays inert in Markdown renderers and readable as plain text."""

import pytest

from tracker.report.markdown import _cell, _text


@pytest.mark.parametrize(("given", "written"), [
    ("Gneiting & Jordan", "Gneiting & Jordan"),  # a bare ampersand is literal in Markdown: left alone
    ("AT&T", "AT&T"),
    ("&amp; &#60; &lt;", "&amp;amp; &amp;#60; &amp;lt;"),  # would be read as entities: escaped
    ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
    ('<img src=x onerror="y">', '&lt;img src=x onerror="y"&gt;'),
])
def test_text(given, written):
    assert _text(given) == written


def test_cell_keeps_the_table_whole():
    assert _cell("a | b\nc") == "a \\| b c"
