"""A publisher named where web pages, newsletters and government papers state who issued them.

The masthead rules in ``publisher`` read a cover; these read the small print a page carries instead: the
copyright line of its footer ("© 2026 Harbour Analytics Ltd."), a team byline ("By the Ridgeway Research team ·
3 May 2026"), a footer giving the sender's postal address ("Ridgeway Research · 12 Mill Lane, York"), a line
saying who produced or presented the paper ("Published by the Office for Budget Responsibility"), and the site
name an HTML <title> ends with ("Outlook 2027 | Harbour Analytics"). Each states the issuer outright, which a
name cited in the prose never does.
"""

from __future__ import annotations

import re

#: A name as printed: capitalised words joined by the small words names hold. No full stop inside, so
#: "Ltd. Registered in England" ends at "Ltd"; nor a letter of an abbreviation, so "Bloomberg L.P." is "Bloomberg".
_NAME = r"[A-Z][\w’'&-]*(?:[ \t]+(?:of|for|and|on|the|&|[A-Z][\w’'&-]*(?![\w’'&-]|\.[A-Za-z]))){0,7}"
#: Company forms closing a legal name: the firm is known by the name before them.
_LEGAL_FORM = re.compile(r"(?:,?[ \t]+(?:Ltd|Limited|Inc|LLC|LLP|LP|plc|PLC|GmbH|AG|SA|S\.A|BV|B\.V|AB|AS|ASA|Oy|Pty|Co|SRL|Srl|S\.r\.l|SpA|S\.p\.A|NV|N\.V|SAS|SE|KG)\.?)+$")
#: Holders that are no publisher's name ("© Crown copyright", "© The Authors", "Copyright All rights reserved").
_NO_NAME = {"Crown", "All", "The", "Authors", "The Authors", "Author", "Copyright", "Page"}

_COPYRIGHT = re.compile(rf"(?:©|\([cC]\)|\bCopyright\b)[ \t]*(?:©[ \t]*)?(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?"
                        rf"[ \t]*,?[ \t]*)?(?:by[ \t]+)?(?:the[ \t]+)?(?P<name>{_NAME})")
#: "By the Ridgeway Research team ·": a byline naming a team writes for the body the team belongs to.
_TEAM_BYLINE = re.compile(rf"(?:^|[·|•—–][ \t]*)[*_ \t]*[Bb]y[ \t]+(?:the[ \t]+)?(?P<name>{_NAME}?)[ \t]+"
                          r"(?:research[ \t]+|editorial[ \t]+|forecasting[ \t]+)?(?:team|desk|staff|editors)\b", re.MULTILINE)
#: A footer line: the name, a separator, then a street address ("12 Mill Lane, York"; "Postboks 4, Oslo").
_ADDRESS_LINE = re.compile(rf"^[*_ \t]*(?P<name>{_NAME})[*_ \t]*[·|•,][ \t]*(?:\d{{1,5}}[A-Za-z]?[ \t]+[A-Z][\w’'-]+"
                           r"(?:[ \t]+[A-Z][\w’'-]+){0,3}|[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}[ \t]+\d{1,5}[A-Za-z]?)"
                           r",[ \t]*[A-Z]", re.MULTILINE)
#: A line saying who issued the paper: "Published by the X", "Presented to Parliament by the Secretary of State for X".
_ISSUED_BY = re.compile(rf"^[*_# \t]*(?:Published|Produced|Prepared|Issued|Presented(?:[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]\w+"
                        r"(?:[ \t]+(?:of|[A-Z]\w+)){0,3})?)[ \t]+by[ \t]+"
                        rf"(?:the[ \t]+)?(?P<name>{_NAME})", re.MULTILINE)


#: A licence naming whom to credit: "as long as you attribute the work to the New Zealand Government".
_WRAPPED_NAME = _NAME.replace("[ \\t]", "\\s")  # a licence paragraph wraps its lines inside the name
_ATTRIBUTE_TO = re.compile(rf"\battribute\s+(?:the\s+)?work\s+to\s+(?:the\s+)?(?P<name>{_WRAPPED_NAME})")
#: A copyright held by a state, not by the body that wrote the page: "© Commonwealth of Australia", "© State of
#: Victoria". The page's own title or byline names the issuing body better.
_STATE_HOLDER = re.compile(r"^(?:Commonwealth|State|Government|Republic|Kingdom|Province|Crown)\b(?:[ \t]+of\b)?")


def state_held(name: str) -> bool:
    """Whether a copyright holder is a state ("Commonwealth of Australia"), which any named body outranks."""
    return bool(_STATE_HOLDER.match(name))


def _clean(name: str) -> str | None:
    # "© Crown Copyright 2026": the word "Copyright" after the holder is the notice's, not the name's
    name = re.sub(r"[ \t]+Copyright$", "", _LEGAL_FORM.sub("", name.strip()).strip(" ,"), flags=re.IGNORECASE)
    # a name ends on a name word, not on "of the" cut short by the line
    name = re.sub(r"(?:[ \t]+(?:of|for|and|on|the|&))+$", "", name)
    return None if not name or name in _NO_NAME or len(name) > 80 else name


def stated_publisher(text: str, masthead: int, colophon: int) -> tuple[str, str] | None:
    """``(name, evidence)`` for a publisher the page's small print states, or None."""
    head, tail = text[:masthead], text[-colophon:]
    if ("©" in tail or "opyright" in tail or "(c)" in tail.lower()) and (match := _COPYRIGHT.search(tail)):
        if name := _clean(match.group("name")):
            return name, f'the copyright line "{" ".join(match.group(0).split())}"'
    if "attribute" in head and (match := _ATTRIBUTE_TO.search(head)) and (name := _clean(" ".join(match.group("name").split()))):
        # the licence says whom to credit: the author the work is published under, before whoever presented it
        return name, f'the licence line "... attribute the work to the {name}"'
    if "by" in head and (match := _ISSUED_BY.search(head)) and (name := _clean(match.group("name"))):
        return name, f'the line "{" ".join(match.group(0).split())}"'
    if ("team" in head or "desk" in head or "staff" in head or "editors" in head) and (
            match := _TEAM_BYLINE.search(head)) and (name := _clean(match.group("name"))):
        return name, f'the byline "{" ".join(match.group(0).split()).strip("·|•—–*_ ")}"'
    if match := _ADDRESS_LINE.search(tail):
        if name := _clean(match.group("name")):
            return name, f'the footer "{" ".join(match.group(0).split()).strip("*_ ")} ..."'
    return None


#: The site name after the last separator of a page title: "Outlook 2027: our forecasts | Harbour Analytics".
_TITLE_SITE = re.compile(rf"[ \t][|·•—–-][ \t]+(?P<name>{_NAME})[ \t]*$")


#: A site named by its address after the last separator: "... - NCSC.GOV.UK", "... | Harbour.com".
_TITLE_DOMAIN = re.compile(r"[ \t][|·•—–-][ \t]+(?:www\.)?(?P<name>[A-Z][A-Za-z0-9-]*)(?:\.[A-Za-z]{2,6}){1,3}[ \t]*$")
#: The labels of an address that name no one: "GOV.UK" is every department's.
_NO_SITE = {"gov", "www", "home", "news", "blog"}


def title_site(title: str | None) -> str | None:
    """The site an HTML page title names after its last separator, when it reads as a name."""
    if title and (domain := _TITLE_DOMAIN.search(title.strip())) and domain.group("name").lower() not in _NO_SITE:
        return domain.group("name")  # the site's own part of its address: "NCSC" of "NCSC.GOV.UK"
    if not title or not (match := _TITLE_SITE.search(title.strip())):
        return None
    name = _clean(match.group("name"))
    # "... | Home", "... - Page 2": navigation, not a name
    return name if name and name.lower() not in {"home", "blog", "news", "page", "articles"} else None
