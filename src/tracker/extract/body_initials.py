"""The short names a body goes by in a text: initials of its name, a short name the text defines, a copyright's name.

A publisher is named as it names itself, not by initials made up from its long name: "OBR" of "UK Office for
Budget Responsibility" counts only when the text goes on using it, "SOA" only when the text defines it as the
body ("SOA is Croatia's ... agency"), and a wire's dateline abbreviation ("(JPN)") is spelled out only by the
copyright line that signs it ("Copyright 2026 Japan Press Network"). publisher.py uses these to name the
publisher and to know the names it speaks under.
"""

from __future__ import annotations

import re

#: Words a body's initials leave out: "Office for Budget Responsibility" is the OBR.
MINOR_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "&"}


def tail_initials(text: str, name: str) -> str | None:
    """The initials of the end of ``name`` that the text goes on using for it ("GAO" of "United States Government
    Accountability Office", "OBR" of "UK Office for Budget Responsibility"), three times at least: the short name the
    body uses, never one made up from all its words ("USGAO") that the text never prints."""
    # "Office of the Auditor General of Canada" goes by "OAG": the name without the place it ends with ("of Canada")
    if (head := re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", name)) and len(
            initials := "".join(word[0] for word in head.group(1).split() if word.lower() not in MINOR_WORDS).upper()) >= 2 \
            and initials in text and len(re.findall(rf"\b{initials}\b", text)) >= 3:
        return initials
    words = [word for word in name.split() if word.lower() not in MINOR_WORDS]
    for start in range(len(words) - 1):  # the longest tail first
        initials = "".join(word[0] for word in words[start:]).upper()
        if len(initials) >= 2 and initials in text and len(re.findall(rf"\b{initials}\b", text)) >= 3:
            return initials
    return None


#: A short name defined as a body: "SOA is Croatia's civilian security and intelligence service", "KAPO is the Estonian
#: Internal Security Service" (a footnote or a glossary line); its native-language initials may not be the English
#: name's.
_DEFINED = re.compile(r"\b(?P<short>(?-i:[A-Z]{2,6}))\s+is\s+(?:the\s+|[A-Z][\w-]+['’]s\s+)(?P<words>(?:[\w-]+\s+){0,6}?)"
                      r"(?P<body>service|agency|office|authority|bureau|directorate|council|institute|ministry|department"
                      r"|commission|board|centre|center|organi[sz]ation)\b(?!['’])", re.IGNORECASE)  # "the X Service's review": no body


def defined_short_names(text: str, publisher: str) -> set[str]:
    """The short names ``text`` defines in words the publisher's own name holds (two of them besides the body word),
    and uses again: the publisher's own short name ("SOA expects ..." in the Security and Intelligence Agency's
    report)."""
    if " is " not in text:
        return set()
    mine = {word.lower() for word in re.findall(r"[A-Za-z]+", publisher)} - MINOR_WORDS
    found = set()
    for match in _DEFINED.finditer(text):
        if match.group("short") in publisher.split():
            continue
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", match.group("words"))} - MINOR_WORDS
        if len(words & mine) >= 2 and len(re.findall(rf"\b{match.group('short')}\b", text)) >= 2:
            found.add(match.group("short"))
    return found


#: A copyright line naming its holder: "Copyright 2026 Japan Press Network. All rights reserved.", "© 2026 Acme Wire",
#: "(c) Northern News Service Ltd".
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[–-]\d{2,4})?,?[ \t]+)?(?:by[ \t]+)?(?:[Tt]he[ \t]+)?"
                        r"(?P<name>[A-Z][\w’'&-]*(?:[ \t]+(?:of|for|and|the|&|[A-Z][\w’'&-]*)){1,6})")


def spelled_out(text: str, short: str) -> str | None:
    """The name a copyright line gives whose initials are ``short`` (a wire's dateline abbreviation, "JPN" for
    "Japan Press Network"), or None: the agency named in full, as it signs its copyright."""
    if not (2 <= len(short) <= 6 and short.isupper()) or not ("opyright" in text or "©" in text or "(c)" in text
                                                             or "(C)" in text):
        return None
    for match in _COPYRIGHT.finditer(text):
        words = [word for word in match.group("name").split() if word.lower() not in MINOR_WORDS]
        for end in range(len(words), 1, -1):  # "Japan Press Network Ltd": the initials of the name without its form
            if "".join(word[0] for word in words[:end]).upper() == short:
                return " ".join(match.group("name").split()[:match.group("name").split().index(words[end - 1]) + 1])
    return None
