"""Pull quotes in HTML pages (pull_quotes.py): kept with their speaker when they say what the body does not,
dropped when they repeat it or name no one. Pages written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.reading import html_document

_BODY = ("<h2>Outlook</h2><p>Demand for power rose by 4% last year. The network coped with the winter peak, and "
         "operators added new capacity in the north.</p>")


def _page(quote: str) -> str:
    return f"<html><body><article>{_BODY}{quote}<p>The board meets in March.</p></article></body></html>"


@pytest.mark.parametrize("quote, speaker, words", [
    ('<aside class="pull-quote"><blockquote><p>"My expectation is that we will connect more than 300 new sites '
     'next year."</p><footer>Jane Roe, Director of Networks</footer></blockquote></aside>',
     "Jane Roe", "300 new sites"),
    ('<div class="pullquote"><blockquote>“Unemployment will probably peak at 5.5% in 2027.”</blockquote>'
     '<cite>— Tom Okafor, chief economist</cite></div>', "Tom Okafor", "unemployment"),
    ('<figure class="article__pull-quote"><blockquote><p>Prices will almost certainly fall by the end of 2027.</p>'
     '</blockquote><figcaption>Maria Lopes, head of research</figcaption></figure>', "Maria Lopes", "Prices"),
    ('<aside class="pull_quote"><p>"It is likely that the council will approve the plan before 2028."</p>'
     '<footer>Councillor Ann Bell</footer></aside>', "Ann Bell", "council"),
])
def test_a_pull_quote_of_its_own_is_read_with_its_speaker(quote, speaker, words):
    drafts = extract_document(html_document(_page(quote), "page.html").text + "\n", published=date(2026, 6, 1)).drafts
    quoted = [d for d in drafts if words.lower() in d.text.lower()]
    assert quoted, [d.text for d in drafts]
    assert speaker in (quoted[0].speaker or "")


@pytest.mark.parametrize("quote", [
    # the body's own sentence, in large type
    '<aside class="pull-quote"><blockquote><p>"The network coped with the winter peak"</p>'
    '<footer>Jane Roe, Director of Networks</footer></blockquote></aside>',
    # cut and re-punctuated, but six words in a row are the body's
    '<div class="pullquote"><p>“…operators added new capacity in the north…”</p><cite>Tom Okafor</cite></div>',
    # no speaker: the page's own emphasis
    '<aside class="pullquote">"Everyone expects higher bills; the question is when."</aside>',
    '<aside class="pull-quote"><blockquote><p>Prices will almost certainly fall by 2027.</p></blockquote></aside>',
])
def test_a_repeated_or_unattributed_pull_quote_is_not_read(quote):
    text = html_document(_page(quote), "page.html").text
    assert text.count("winter peak") == 1 and text.count("new capacity") == 1
    assert "Everyone expects" not in text and "Prices will" not in text


def test_the_kept_quote_stands_where_it_was_as_speaker_colon_quote():
    quote = ('<aside class="pull-quote"><blockquote><p>"We will hire 40 engineers."</p>'
             '<footer>Jane Roe, Director of Networks</footer></blockquote></aside>')
    text = html_document(_page(quote), "page.html").text
    assert "north.\n\nJane Roe, Director of Networks: “We will hire 40 engineers.”\n\nThe board" in text


@pytest.mark.parametrize("markup, kept", [
    ('<aside class="sidebar"><p>We expect rates to fall.</p><footer>Ed Park</footer></aside>', False),
    ('<div class="comments"><p>I think prices will rise by 2027.</p><cite>reader42</cite></div>', False),
    ('<blockquote><p>"Rates will fall," she said.</p><footer>Source: interview</footer></blockquote>', True),
])
def test_other_asides_and_plain_blockquotes_are_unchanged(markup, kept):
    text = html_document(_page(markup), "page.html").text
    assert ("will" in text) is kept
