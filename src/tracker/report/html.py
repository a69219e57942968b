"""index.html: one self-contained offline page. Images are embedded as data URIs, there is no script,
and a Content-Security-Policy forbids any: every text from the store is escaped, and even if something
slipped through, the browser would run nothing. On a phone (390 px) nothing is wider than the screen:
each table row becomes a card of "label: value" lines, so that no column is hidden off to the side,
and long words wrap."""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

from tracker.report.tables import Section, Table, anchor
from tracker.report.text import USER_TEXT

STYLE = """
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; max-width: 1100px; margin: 2em auto;
       padding: 0 1em; color: #1a1a1a; line-height: 1.45; overflow-wrap: anywhere; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 2em;
     border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
.table-box { max-width: 100%; overflow-x: auto; margin: 0.8em 0; }
table { border-collapse: collapse; font-size: 0.92em; overflow-wrap: normal; }
th, td { border: 1px solid #d0d0d0; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; } td.long { min-width: 14em; }
th { background: #f3f3f3; }
.note { background: #fff4d6; border-left: 4px solid #e69f00; padding: 0.6em 0.9em; font-weight: bold; }
.small { color: #555; font-size: 0.9em; } img { max-width: 100%; height: auto; display: block; margin: 0.8em 0; }
.reading { border-left: 4px solid #0072b2; padding: 0.2em 0.8em; }
.meta { color: #555; } nav ol { columns: 2 14em; padding-left: 1.4em; }
@media (max-width: 640px) { body { margin: 1em auto; padding: 0 0.6em; }
  /* A phone shows a row as a card, each value under its column's name: a scrolling table would hide the
     columns that matter (observed, verdict, outcome, Brier) off to the right. */
  table, tbody, tr, td { display: block; width: 100%; box-sizing: border-box; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid #d0d0d0; margin-bottom: 0.6em; }
  td, td.num { border: none; border-bottom: 1px solid #eee; display: grid; grid-template-columns: minmax(6em, 40%) 1fr;
               gap: 0.6em; padding: 0.25em 0.5em; white-space: normal; overflow-wrap: anywhere; min-width: 0; }
  td.long { min-width: 0; }
  td::before { content: attr(data-label); font-weight: bold; color: #444; text-align: left; } }
"""
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _markup(escaped: str) -> str:
    """Tracker's own **bold** and `code`, in text already escaped."""
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def _text(value: str) -> str:
    """Tracker's prose: its markup kept, the user text inside it escaped and shown as written."""
    parts, last = [], 0
    for match in USER_TEXT.finditer(value):
        parts.append(_markup(html.escape(value[last:match.start()], quote=True)))
        # A private-use mark keeps user text out of the markup pass (a tag named "**x**" stays as typed).
        parts.append(html.escape(match.group(1), quote=True).replace("*", "&#42;").replace("`", "&#96;"))
        last = match.end()
    parts.append(_markup(html.escape(value[last:], quote=True)))
    return "".join(parts)


def _image(directory: Path, name: str, alt: str) -> str:
    path = directory / name
    if not path.exists():
        return ""
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img src="data:image/png;base64,{encoded}" alt="{html.escape(alt, quote=True)}">'


def _table(table: Table, title: str) -> list[str]:
    numeric = [table.numeric(i) for i in range(len(table.headers))]
    # A cell of long text gets a minimum width, so that in a narrow box it wraps into lines, not letters.
    long = [not numeric[i] and any(len(row[i]) > 40 for row in table.rows) for i in range(len(table.headers))]

    def cell(tag: str, text: str, i: int) -> str:
        kind = "num" if numeric[i] else "long" if long[i] and tag == "td" else ""
        attribute = f' class="{kind}"' if kind else ""
        if tag == "td":  # the column's name, shown before the value when a phone stacks the row as a card
            attribute += f' data-label="{html.escape(table.headers[i], quote=True)}"'
        return f"<{tag}{attribute}>{html.escape(text, quote=True)}</{tag}>"

    return ([f'<div class="table-box" role="region" tabindex="0" aria-label="{html.escape(title, quote=True)}">'
             "<table><thead><tr>" + "".join(cell("th", h, i) for i, h in enumerate(table.headers))
             + "</tr></thead><tbody>"]
            + ["<tr>" + "".join(cell("td", c, i) for i, c in enumerate(row)) + "</tr>" for row in table.rows]
            + ["</tbody></table></div>"])


def render_html(sections: list[Section], generated_at: str, images: Path) -> str:
    """The whole report as one HTML page; PNGs are read from ``images`` and embedded."""
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             "<title>Calibration report</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
             "<h1>Calibration report</h1>",
             f'<p class="meta">{html.escape(generated_at)} Every figure is in scores.json.</p>',
             '<nav aria-label="Contents"><ol>']
    parts += [f'<li><a href="#{anchor(s.title)}">{html.escape(s.title)}</a></li>' for s in sections]
    parts.append("</ol></nav>")
    for section in sections:
        parts.append(f'<section><h2 id="{anchor(section.title)}">{_text(section.title)}</h2>')
        if section.warning:
            parts.append(f'<p class="note">{_text(section.warning)}</p>')
        parts += [f"<p>{_text(p)}</p>" for p in section.paragraphs]
        if section.table:
            if section.table.rows:
                parts += _table(section.table, section.title)
            else:
                parts.append(f'<p class="small">{html.escape(section.table.empty)}</p>')
        parts += [f'<p class="small">{_text(n)}</p>' for n in section.notes]
        if section.image:
            parts.append(_image(images, *section.image))
        if section.reading:
            parts.append(f'<p class="reading"><strong>In short:</strong> {_text(section.reading)}</p>')
        parts.append("</section>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
