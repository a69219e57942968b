"""Lines at the head of a page that say outright who issued it, and one that never does.

An email names its sender in its "From:" header and signs with the firm's name ("Acme Widgets, Inc. | 1 Main St"): the
sender's firm issues it, not a list on its "Cc:" line. A government page labels its issuing body "From Department of
Transport, Tourism and Sport" (the label no part of the name, the commas inside it kept). An EU communication is
headed "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT, ...": the European Commission's. A sponsor's
line ("PRESENTED BY X", "Sponsored by X") names who paid for a slot on the page, never its publisher. A byline names the
writer ("by Dana Whitfield") or the firm an analyst writes for ("Skagerrak Securities · Analyst: ...").
"""

from __future__ import annotations

import re

#: A writer's byline in a masthead: "*Calibrated Takes* · by Dana Whitfield · Dec 1, 2026".
BY_PERSON = re.compile(r"(?:^|[·|•—–]\s*)[Bb]y\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+)\s*(?:[·|•—–,]|$)",
                        re.MULTILINE)
#: An analyst's byline naming the firm first: "Skagerrak Securities · Analyst: Mette Lindqvist, CFA",
#: "Harbour Research | Strategists: A. Berg, K. Ode". The firm publishes; the analyst writes for it.
BYLINE_FIRM = re.compile(r"""^ [ \t*_]* (?P<name> [A-Z][\w’'&.-]* (?: [ \t]+ (?: & | and | of | [A-Z][\w’'&./-]* ) ){0,5} )
    [ \t]* [·•|—–] [ \t]* (?: lead [ \t]+ | senior [ \t]+ | chief [ \t]+ )?
    (?: analysts? | economists? | strategists? | authors? | research [ \t]+ team ) [ \t]* : [ \t]* [A-Z]""",
                          re.VERBOSE | re.MULTILINE | re.IGNORECASE)
#: "PRESENTED BY EUROPEAN GRID ALLIANCE", "Sponsored by ...", "In partnership with ...", "Advertisement".
SPONSOR = re.compile(r"^[ \t#*_>]*(?:(?:presented|sponsored|supported|powered|underwritten|brought[ \t]+to[ \t]+you)[ \t]+by"
                     r"|in[ \t]+partnership[ \t]+with|partner[ \t]+content|paid[ \t]+post|advertisement)\b", re.IGNORECASE)
#: An email's header block: "From: Ana Ruiz <ana.ruiz@acme.example>" with "Sent:" or "Date:" and "To:" lines after it
#: (a saved message may open with a rule: "---" or "====" above the headers).
_EMAIL_FROM = re.compile(r"\A\s*(?:[-=*_]{3,}[ \t]*\n\s*)?From:[ \t]*(?P<sender>[^<\n]{2,60}?)[ \t]*(?:<[^>\n]*>)?[ \t]*\n(?:[^\n]*\n){0,3}?"
                         # two more header lines, in any order: "Sent:"/"Date:" and "To:", or a newsletter's "Subject:"
                         # and "Date:" with no "To:" (a folded "Subject:" runs over a line)
                         r"(?P<first>Sent|Date|To|Subject):[^\n]*\n(?:[^\n]*\n){0,3}?(?!(?P=first):)(?:Sent|Date|To|Subject):",
                         re.IGNORECASE)
#: A signature line giving the firm with its legal form, then a separator or the line's end: "Acme Widgets, Inc. | ...".
_SIGNED_FIRM = re.compile(r"^[ \t]*(?P<firm>[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){0,4}),?[ \t]+(?:Inc|Ltd|LLC|LLP|plc|PLC|"
                          r"GmbH|AG|SA|AB|AS|ASA|Oy|NV|BV|SE|Pty[ \t]+Ltd|Corp|Corporation|Limited)\.?[ \t]*(?:[|·•,][^\n]*)?$",
                          re.MULTILINE)
#: A government page's label line: "From Department of Agriculture, Food and the Marine", "From: Ministry of Justice".
_FROM_LABEL = re.compile(r"^[ \t*_]*From:?[ \t]+(?:the[ \t]+)?(?P<name>(?:Department|Ministry|Office|Agency|Commission|Council"
                         r"|Authority|Service|Institute|Bureau|Directorate|Government|Cabinet|Treasury|Revenue|Central)\b"
                         r"[^\n]{0,100}?)[ \t*_]*$", re.MULTILINE)
#: A cover line naming the report's author body: "REPORT by the Comptroller and Auditor General", "A review by the
#: Independent Fiscal Council", "Study by the Institute for Fiscal Studies". The bodies a cover lists above it are the
#: subject of the report (audited, reviewed), not its publisher.
_REPORT_BY = re.compile(r"""^ [ \t#*_>]* (?: (?i: an? ) [ \t]+ )? (?i: report | review | study | investigation | inquiry | evaluation
    | audit | briefing | memorandum ) [ \t]+ (?i: by ) [ \t]+ (?: the [ \t]+ )?
    (?P<name> [A-Z][\w’'&-]* (?: [ \t]+ (?: and | of | for | on | the | & | [A-Z][\w’'&-]* ) ){1,8} ) [ \t*_]* $""",
                        re.VERBOSE | re.MULTILINE)
#: Only a name: capitalised words, the small words names hold, and commas between them.
_NAME_ONLY = re.compile(r"[A-Z][\w’'&-]*(?:,?[ \t]+(?:of|for|and|on|the|&|[A-Z][\w’'&-]*))*")
#: "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT": the heading of the Commission's own papers.
_EU_COMMUNICATION = re.compile(r"^[ \t#*]*(?:COMMUNICATION|REPORT|PROPOSAL|RECOMMENDATION|WHITE[ \t]+PAPER)[ \t]+FROM[ \t]+THE[ \t]+"
                               r"COMMISSION[ \t]+TO[ \t]+THE[ \t]+(?:EUROPEAN[ \t]+PARLIAMENT|COUNCIL)\b", re.MULTILINE)


def letterhead(text: str, masthead: int) -> tuple[str, str] | None:
    """``(name, evidence)`` for the issuer the head of ``text`` states outright, or None."""
    head = text[:masthead]
    if head.lstrip().lstrip("-=*_ \t\n")[:5].lower() == "from:" and (sent := _EMAIL_FROM.match(head)):
        # the signature closes the sender's own message, before any message quoted below it
        own = re.split(r"^-{3,}[ \t]*Original Message|^On [^\n]{5,80} wrote:$", text, maxsplit=1, flags=re.MULTILINE)[0]
        if firm := _SIGNED_FIRM.search(own):
            return firm.group("firm"), f'the sender\'s signature "{" ".join(firm.group(0).split())}"'
        return sent.group("sender").strip(' "'), f'the email\'s "From:" line ({sent.group("sender").strip()})'
    if "COMMISSION" in head and (match := _EU_COMMUNICATION.search(head)):
        return "European Commission", f'the heading "{" ".join(match.group(0).split()).strip("#* ")}"'
    if (" by " in head or " BY " in head or " By " in head) and (match := _REPORT_BY.search(head)) \
            and match.group("name").split()[-1][:1].isupper():
        return match.group("name").strip(), f'the cover line "{" ".join(match.group(0).split()).strip("#*_> ")}"'
    if "From" in head and (match := _FROM_LABEL.search(head)) and _NAME_ONLY.fullmatch(match.group("name").strip()):
        return match.group("name").strip(), f'the page\'s label "{" ".join(match.group(0).split()).strip("*_ ")}"'
    return None
