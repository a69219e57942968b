"""A paragraph's location: the path of headings above it, short enough for "path, paragraph N"."""

from __future__ import annotations

#: The longest location: "heading path, paragraph N".
LOCATION_CHARS = 120


def heading_path(path: list[tuple[int, str]]) -> str | None:
    """The heading path as "section: subsection", cut so that "..., paragraph N" stays within 120 characters."""
    if not path:
        return None
    room = LOCATION_CHARS - len(", paragraph 9999")
    titles = [title for _, title in path]
    text = ": ".join(titles)
    while len(text) > room and len(titles) > 1:
        titles = titles[1:]  # the nearest headings say most about where the paragraph is
        text = ": ".join(titles)
    return text if len(text) <= room else text[:room - 1].rstrip() + "…"
