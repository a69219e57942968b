"""Who published a document, and which estimative standard that implies, when the document prints no legend.

Intelligence products rarely reprint their probability yardstick, but they name their publisher on the cover
and often cite the standard in boilerplate: a US Intelligence Community product is written to ICD 203, a UK
one to the PHIA yardstick, a NATO one to AJP-2.1. The publisher is looked for where a publisher stands: the
masthead (the first lines) and the colophon (the last ones). The body is not searched for names, since
assessments name NATO or other services on every page; a citation of a standard itself ("ICD 203", "the
PHIA probability yardstick") counts anywhere.

Without a known publisher, an organisation named in the masthead ("Northbridge Forecasting Group", "Federal
Intelligence Service") is still the publisher, with no scale implied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.body_initials import MINOR_WORDS as _MINOR_WORDS, defined_short_names as _defined_short_names
from tracker.extract.body_initials import spelled_out, tail_initials as _tail_initials
from tracker.extract.colophon import state_held, stated_publisher, title_site
from tracker.extract.letterhead import BY_PERSON, BYLINE_FIRM, letterhead
from tracker.extract.masthead_names import BANK_LINE as _BANK_LINE, BOLD_MASTHEAD as _BOLD_MASTHEAD, capital_organisation
from tracker.extract.masthead_names import TITLE_PUBLISHER as _TITLE_PUBLISHER, organisation as _organisation
from tracker.extract.story_site import breadcrumb_site as _breadcrumb_site, quoted_in_story as _quoted_in_story

#: Characters at the start and the end of a document where its publisher is named.
MASTHEAD = 1500
COLOPHON = 800


@dataclass(frozen=True)
class Publisher:
    """A publisher found in the document: its name, the scale its products use (if known), and why."""

    name: str
    scale: str | None
    evidence: str


_I = re.IGNORECASE
#: (pattern, publisher's name, scale). Names are matched as names: "Defence Intelligence and Security
#: Service" (Lithuania) or the US "Defense Intelligence Agency" are not UK Defence Intelligence.
_KNOWN: list[tuple[re.Pattern, str, str]] = [
    (re.compile(r"\bOffice\s+of\s+the\s+Director\s+of\s+National\s+Intelligence\b|\bODNI\b", _I),
     "Office of the Director of National Intelligence", "us-icd-203"),
    (re.compile(r"\bNational\s+Intelligence\s+Council\b(?!\s+of\b)", _I), "National Intelligence Council", "us-icd-203"),
    (re.compile(r"\bCentral\s+Intelligence\s+Agency\b", _I), "Central Intelligence Agency", "us-icd-203"),
    (re.compile(r"\bDefense\s+Intelligence\s+Agency\b", _I), "Defense Intelligence Agency", "us-icd-203"),
    (re.compile(r"\b(?:UK\s+)?Defence\s+Intelligence\b(?!\s+(?:and|&|Agency|Service|Organi[sz]ation|Security)\b)", _I),
     "Defence Intelligence", "uk-phia"),
    (re.compile(r"\bJoint\s+Intelligence\s+(?:Committee|Organisation)\b", _I), "Joint Intelligence Committee", "uk-phia"),
    (re.compile(r"\bNorth\s+Atlantic\s+Treaty\s+Organi[sz]ation\b|\bNATO\s+(?:UNCLASSIFIED|RESTRICTED|"
                r"CONFIDENTIAL|Headquarters|HQ)\b|\bAllied\s+Command\s+(?:Transformation|Operations)\b", _I),
     "North Atlantic Treaty Organization", "nato-ajp-2.1"),
]
#: Boilerplate citing the standard itself, read anywhere in the document.
_STANDARDS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"\bIntelligence\s+Community\s+Directive\s*(?:\(ICD\)\s*)?203\b|\bICD[\s-]*203\b", _I), "us-icd-203"),
    (re.compile(r"\bProfessional\s+Head\s+of\s+Intelligence\s+Assessment\b|\bPHIA\b|\bprobability\s+yardstick\b", _I),
     "uk-phia"),
    (re.compile(r"\bAJP[\s-]*2\.1\b", _I), "nato-ajp-2.1"),
]
#: Words one of which every citation of the standard holds, in the case documents print them.
_STANDARD_WORDS = {"us-icd-203": ("203",),
                   "uk-phia": ("PHIA", "Professional Head", "PROFESSIONAL HEAD", "yardstick", "Yardstick", "YARDSTICK"),
                   "nato-ajp-2.1": ("AJP", "ajp")}


#: A news agency's dateline: "BRUSSELS/BRASILIA, Jan 14 (Reuters) -", "KYIV (AP) —".
#: Or the places in title case at the head of a line, as some agencies print them: "Berlin/Frankfurt (dpa) -".
_AGENCY_DATELINE = re.compile(r"(?:\b[A-Z][A-Z/ .'-]{2,40}|^[ \t*_]*[A-Z][\w/ .'’-]{2,40}?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                              r"\((?P<agency>Reuters|AP|AFP|Bloomberg|dpa|Xinhua|Kyodo|ANSA|EFE|PAP|TASS|Yonhap|UPI)\)"
                              r"\.?\s*[-–—]", re.MULTILINE)
#: Any agency, in a dateline that also gives the day: "Madrid, Oct 1 (EFE).-", "LISBON, 3 March (Lusa) -", "Ankara,
#: 12 May (Anadolu) —": a place, a day and month, a short name in brackets and a dash open a wire story, whatever the
#: agency ("(ICSG) -" mid-sentence, with no place and day before it, is a body's initials).
_DAY_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_ANY_AGENCY_DATELINE = re.compile(rf"^[ \t*_]*[A-Z][\w/ .'’-]{{2,40}}?,\s*(?:{_DAY_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_DAY_MONTH})\s*"
                                  r"\((?P<agency>[A-Z][\w.&-]{1,15}(?:\s[A-Z][\w.&-]{1,15}){0,2})\)\.?\s*[-–—]",
                                  re.MULTILINE | re.IGNORECASE)


#: "author: Northern Lights Forecasting Collective" inside a leading "---" block (YAML front matter).
_FRONT_AUTHOR = re.compile(r"\A\s*---\s*\n(?:(?!---)[^\n]*\n)*?(?:publisher|author|organi[sz]ation)\s*:\s*"
                           r"[\"']?(?P<name>[^\n\"']{2,80})[\"']?\s*\n", re.IGNORECASE)


#: The page's own citation: "Citable reference: World Health Organization (3 November 2026).", "Suggested
#: citation: X (2026)". Whoever the page says to cite is its publisher.
_CITATION = re.compile(r"\b(?:citable\s+reference|suggested\s+citation|cite\s+(?:this\s+\w+\s+)?as|please\s+cite)\s*:\s*"
                       r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'&-]*)){1,8}?)\s*[(,.]", _I)


#: A person's name as an email's sender gives it: "Jonah Velkov", "Ana M. Ruiz".
_PERSON = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+")
#: A publication linked on a masthead line after its writer's name: "· [Calibrated Takes](https://...) ·".
_LINKED_TITLE = re.compile(r"[·•|][ \t]*\[(?P<name>[A-Z][^\]\n]{1,50}?)\]\([^)\n]*\)")
_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|my|My)\b")


#: A government identity strip atop a page: "A Singapore Government Agency Website", "An official website of the
#: United States government", "Official website of the State of Victoria". It names the family of sites, not the
#: body that publishes the page (whose name the logo and the page title give), so it is no masthead.
_IDENTITY_STRIP = re.compile(r"^[^\S\n]*[^\n]{0,80}?\b(?:government\s+(?:agency\s+)?web\s*site|agency\s+web\s*site"
                             r"|official\s+(?:government\s+)?web\s*site\s+of)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


#: An author meta tag naming a public body, not a writer: "Canadian Security Intelligence Service", "Ministry of
#: Finance". The body publishes the page; the title's site ("... - Canada.ca", "... - GOV.UK") is the portal hosting it.
_BODY_AUTHOR = re.compile(r"\b(?:Service|Agency|Office|Ministry|Department|Bureau|Council|Commission|Institute|Authority"
                          r"|Government|Centre|Center|Organi[sz]ation|Directorate|Secretariat|Inspectorate|Committee"
                          r"|Parliament|Tribunal|Court|Administration)\b")


def find_publisher(text: str, author: str | None = None, title: str | None = None) -> Publisher | None:
    """The document's publisher and the scale it implies, from its masthead, colophon and boilerplate;
    ``author`` (an HTML author meta tag) names it outright, the scale still found in the text; ``title`` (an
    HTML page's) may end with the site's name."""
    if "ebsite" in (top := text[:MASTHEAD].lower()) or "eb site" in top:  # a cheap test spares the pattern
        text = _IDENTITY_STRIP.sub("", text[:MASTHEAD]) + text[MASTHEAD:]
    if author:
        found = find_publisher(text)
        if (site := title_site(title)) and site.lower() not in author.lower() and len(_FIRST_SINGULAR.findall(text)) < 3 \
                and not _BODY_AUTHOR.search(author):
            # a news page: the reporter writes it, the outlet its title names publishes it ("... | The Guardian"); a
            # columnist writing "I think" forecasts in their own name, and a site's own desk names the site already
            return Publisher(site, found.scale if found else None,
                             f'the page title "{title}" names the site; the author meta tag names the writer, {author}')
        # a body's short name the page goes on using ("OAG" of "Office of the Auditor General of Canada")
        named = _with_short_name(text, author) if _BODY_AUTHOR.search(author) else author
        return Publisher(named, found.scale if found else None, f'the page\'s author meta tag "{author}"')
    if front := _FRONT_AUTHOR.search(text[:MASTHEAD * 2]):
        # YAML front matter names its author or publisher outright: that beats any name found in the prose.
        return Publisher(front.group("name").strip(), None, f'the front matter "{front.group(0).strip()}"')
    if issued := letterhead(text, MASTHEAD):  # an email's sender, a government page's "From" label, an EU heading
        if "\"From:\" line" in issued[1] and (stated := stated_publisher(text, MASTHEAD, COLOPHON)) and (
                _PERSON.fullmatch(issued[0]) or stated[0].startswith(issued[0])):
            # "From: Jonah Velkov" or "From: Field Notes" over a footer "Field Notes Media Ltd, ...": the firm the small
            # print names sends the writer's letter
            return Publisher(stated[0], None, stated[1])
        return Publisher(_with_short_name(text, issued[0]), None, issued[1])
    ends = " ".join(f"{text[:MASTHEAD]}\n{text[-COLOPHON:]}".split())
    if agency := _AGENCY_DATELINE.search(text[:MASTHEAD * 4]) or "(" in text[:MASTHEAD * 4] and \
            _ANY_AGENCY_DATELINE.search(text[:MASTHEAD * 4]):
        # A news article is the agency's: "BRUSSELS, Jan 14 (Reuters) -" names it; the organisations it
        # quotes are sources, not its publisher.
        short = agency.group("agency")
        if (name := spelled_out(text, short)) is not None:  # "(JPN)" and "Copyright 2026 Japan Press Network"
            return Publisher(f"{name} ({short})", None, f'the dateline "{agency.group(0).strip()}" and the copyright line')
        return Publisher(short, None, f'the dateline "{agency.group(0).strip()}"')
    for pattern, name, scale in _KNOWN:
        if match := _on_cover(pattern, text):
            return Publisher(name, scale, f'"{match.group(0)}" on the cover or colophon')
    if ("itation" in text or "itable" in text or "ite as" in text or "ite this" in text or "lease cite" in text) and (cited := _CITATION.search(text)):
        return Publisher(cited.group("name"), None, f'the page\'s citation line "{" ".join(cited.group(0).split())}"')
    for pattern, scale in _STANDARDS:
        # a cheap test first: the patterns run over the whole document
        if any(word in text for word in _STANDARD_WORDS[scale]) and (match := pattern.search(text)):
            stated = stated_publisher(text, MASTHEAD, COLOPHON)
            capitals = capital_organisation(text[:MASTHEAD])
            organisation = capitals or (stated and stated[0]) or _organisation(ends)
            named_by = f", named by {stated[1]}" if stated and not capitals else ""
            return Publisher(organisation or "", scale, f'the document cites "{match.group(0)}"{named_by}')
    # A masthead in capitals is the cover's own line; a name in sentence case may be one the text cites.
    # A name does not run over a blank line: "HOUSE OF COMMONS" above "Energy ... Committee" is no part of it.
    blocks = " | ".join(" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", text[:MASTHEAD]))
    if (organisation := capital_organisation(text[:MASTHEAD])) is None and (
            byline := BYLINE_FIRM.search(text[:MASTHEAD])) and byline.group("name")[:1].isupper():
        line = text[byline.start():].split("\n", 1)[0]
        return Publisher(byline.group("name").strip(), None, f'the byline "{" ".join(line.split()).strip("*_ ")}"')
    if organisation is None and (
            titled := _TITLE_PUBLISHER.search(text[:MASTHEAD])) and not re.search(r"\d", titled.group("name")):
        return Publisher(titled.group("name"), None, f'the title "{titled.group("name")} — ..."')
    if organisation is None and (bank := _BANK_LINE.search(text[:MASTHEAD])):
        return Publisher(bank.group("name"), None, "a bank named on a masthead line")
    if organisation is None and (bold := _BOLD_MASTHEAD.search(text[:MASTHEAD // 3])):
        if _PERSON.fullmatch(bold.group("name")) and (linked := _LINKED_TITLE.search(bold.group(0))):
            # "**Dana Whitfield** · [Calibrated Takes](...) · Jul 2, 2026": the writer, then the newsletter she writes
            return Publisher(linked.group("name"), None, f'the masthead line "{bold.group(0).strip()}" (the newsletter; '
                                                          f'{bold.group("name")} writes it)')
        return Publisher(bold.group("name"), None, f'the masthead line "{bold.group(0).strip()}"')
    # a masthead's name is one line; a longer one the first line's name runs into ("... of Agriculture | Foreign
    # Agricultural Service") is two names, and the first line's is the publisher
    # a run of spaces separates a masthead's fields ("Office for X          Fiscal risks and sustainability"): each a line
    lines = [" ".join(field.split()) for line in text[:MASTHEAD].splitlines() for field in re.split(r"[ \t]{3,}", line)
             if field.strip()]
    named = organisation or _organisation(" | ".join(lines)) or _organisation(blocks)
    if organisation is None and not (named and any(named in line for line in lines if len(line) <= _MASTHEAD_LINE)):
        # The small print states the issuer outright; a name only in the masthead's prose may be one it cites.
        stated = stated_publisher(text, MASTHEAD, COLOPHON)
        if stated and not (state_held(stated[0]) and title_site(title)):
            return Publisher(stated[0], None, stated[1])
        if site := title_site(title):  # "... | Australian Security Intelligence Organisation" over "© Commonwealth of Australia"
            return Publisher(site, None, f'the page title "{title}"')
    organisation = named
    if organisation is None and (footer := capital_organisation(text[-COLOPHON:])):
        return Publisher(footer, None, "named in capitals at the end")  # "INTERNATIONAL ENERGY FORUM SECRETARIAT"
    if organisation is None and (person := BY_PERSON.search(text[:MASTHEAD // 3])):
        return Publisher(person.group("name"), None, f'the byline "by {person.group("name")}"')  # a newsletter's writer
    if organisation and not capital_organisation(text[:MASTHEAD]) and _quoted_in_story(text, organisation) \
            and (site := title_site(title) or _breadcrumb_site(text)):
        # "- The Bureau of Meteorology expects ...", "..., the International Copper Study Group said": a body the
        # story quotes, not a masthead's name; the site the page title or the breadcrumb names publishes the story
        return Publisher(site, None, f'the site the page names ("{site}"); "{organisation}" is a body the story quotes')
    return Publisher(_with_short_name(text, organisation), None, "named in the masthead") if organisation else None


#: A short name standing alone on a line of the cover ("AIVD" under "General Intelligence and Security Service").
_COVER_ACRONYM = re.compile(r"^[ \t]*(?P<short>[A-Z]{2,6})[ \t]*$", re.MULTILINE)


def _with_short_name(text: str, name: str) -> str:
    """``name`` with the short name its cover prints alone on a line and its text goes on using ("... (AIVD)"),
    so the body is named as it names itself, not by initials made up from its long name."""
    if "(" in name:
        return name
    # "# General Intelligence and Security Service (GISS)": the short name the masthead gives in brackets after it
    if (match := re.search(rf"{re.escape(name)}\s*\((?P<short>[A-Z][A-Za-z]{{1,7}})\)", text[:MASTHEAD])) is None and \
            (match := _COVER_ACRONYM.search(text[:MASTHEAD])) is None:
        return f"{name} ({short})" if (short := _tail_initials(text, name)) else name
    short = match.group("short")
    return f"{name} ({short})" if len(re.findall(rf"\b{short}\b", text)) >= 3 else name


def _on_cover(pattern: re.Pattern, text: str) -> re.Match | None:
    """A known name on the cover or colophon, not cited there: a paragraph of prose ("It draws on analysis by
    Defence Intelligence, ...") or a footnote ("³ Defence Intelligence update, May 2026") cites a source. A line
    of a PDF dump is short, so its prose still counts, as it always has."""
    for region in (text[:MASTHEAD], text[-COLOPHON:]):
        for match in pattern.finditer(region):
            start = region.rfind("\n", 0, match.start()) + 1
            end = region.find("\n", match.end())
            line = region[start:end if end >= 0 else len(region)]
            if len(line) <= _PROSE_LINE and not _FOOTNOTE_LINE.match(line):
                return match
    return None


#: A masthead line naming its body is a short one ("NordClim Long-Range Forecasting Unit · Seasonal Outlook").
_MASTHEAD_LINE = 120
#: A line this long is a paragraph of prose, not a title, masthead or colophon line.
_PROSE_LINE = 200
_FOOTNOTE_LINE = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])\s*[A-Z]")


_SPACE = r"\s+"


def own_names(text: str, publisher: str | None) -> frozenset[str]:
    """The names the publisher goes by in ``text``: its name and the short form it gives in brackets after it
    ("Finnish Security and Intelligence Service (Supo)")."""
    if not publisher:
        return frozenset()
    # "State Security Service (VDD)" under a masthead "State Security Service of the Republic of Latvia": the name
    # without its "of ..." part, wrapped over lines as a PDF's text is, gives the short form as well
    heads = {publisher, head} if len((head := re.split(r"\s+of\s+", publisher)[0]).split()) > 1 else {publisher}
    short = [found for name in heads for found in re.findall(
        rf"{_SPACE.join(map(re.escape, name.split()))}\s*\((?:the\s+)?([A-Z][\w-]{{1,15}})\)", text[:MASTHEAD * 4])]
    if given := re.fullmatch(r"(.+?)\s+\(([A-Z][\w-]{1,15})\)", publisher):  # "General ... Service (AIVD)"
        short += [given.group(1), given.group(2)]
    # "Ministry of Defense, Japan": a government's own ministry speaks for its country ("Japan will continue to
    # respond calmly" is the government's commitment, said as "we will")
    state = re.findall(rf"{re.escape(publisher)}(?:,\s+|\s+of\s+(?:the\s+)?)((?:Republic\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b",
                       text[:MASTHEAD]) if re.match(r"(?:Ministry|Government|Department)\b", publisher) else []
    countries = {name.removeprefix("Republic of ") for name in state}
    # "Northern Lakes Chamber of Commerce" calls itself "the Chamber": the body word, when the text uses it so
    body = re.search(r"\b(Chamber|Panel|Council|Committee|Institute|Agency|Commission|Board|Fund|Service|Bureau|Bank)\b", publisher)
    own = {body.group(1)} if body and body.group(1) != publisher and f"the {body.group(1)}" in text.replace("The ", "the ") else set()
    # "Sveriges Riksbank" calls itself "the Riksbank": the last word of a short name, when the text uses it so often
    if re.fullmatch(r"[A-Z][\w’'-]+ [A-Z][\w’'-]+", publisher) and len(re.findall(rf"\b[Tt]he {publisher.split()[1]}\b", text)) >= 3:
        own.add(publisher.split()[1])
    # "New Zealand Strategic Defence Review 2026" calls itself "the Review": the kind of document its title names
    if (titled := _TITLE_KIND.search(text[:200])) and len(re.findall(rf"\b[Tt]he {titled.group(1)}\b", text)) >= 2:
        own.add(titled.group(1))
    # "New Zealand Security Intelligence Service" writes "NZSIS considers it likely": the initials of its own name,
    # when the text uses them (twice at least: once may be another body's), are the publisher speaking
    if len(words := [word for word in re.findall(r"[A-Za-z][\w’'-]*", publisher) if word.lower() not in _MINOR_WORDS]) >= 2:
        initials = "".join(word[0] for word in words).upper()
        if len(re.findall(rf"\b{initials}\b", text)) >= 2:
            own.add(initials)
    own.update(_defined_short_names(text, publisher))
    return frozenset({publisher, *short, *countries, *own, *(f"Government of {name}" for name in countries)})


#: The kind of document the first line names, as the text refers to itself ("the Review", "the Assessment").
_TITLE_KIND = re.compile(r"^[ \t#*]*[^\n]*?\b(Review|Assessment|Outlook|Report|Survey)\b[^\n]*$", re.MULTILINE)
