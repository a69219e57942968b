"""Which scale a document is written in: the one whose phrases its own legend lists.

Assessments that define their words print a legend: a short stretch of text naming the phrases beside
percentages ("< 25 % 25–50 % ... UNLIKELY POSSIBLE LIKELY HIGHLY LIKELY"). The scale whose phrases best
match the phrases of such a stretch is the document's scale. Without a legend a document is read as a
plain reader would read it.
"""

from __future__ import annotations

import re

from tracker.scales import Scale

PLAIN = "plain-reader"
#: (the look-ahead names the first character of every form: the engine skips other characters at once)
_PERCENT = re.compile(r"(?=[\dp])(?:\d\s*%|\bper\s*cent\b|\bpercent\b)", re.IGNORECASE)
_WINDOW = 600


def choose_scale(text: str, scales: dict[str, Scale], publisher=None, default: str | None = None) -> tuple[str, str]:
    """``(scale name, why)`` with no --scale: the printed legend, then the standard of the ``publisher``
    (``publisher.Publisher``) found in the document, then ``default`` (the workspace's), then plain-reader."""
    scale, why = detect_scale(text, scales)
    if scale != PLAIN:
        return scale, why
    if publisher is not None and publisher.scale in scales:
        name = publisher.name or "not named"
        return publisher.scale, (f"scale {publisher.scale}: no legend printed; the publisher ({name}, "
                                 f"{publisher.evidence}) writes to this standard")
    if default is not None and default != PLAIN and default in scales:
        return default, (f"scale {default}: no legend printed and no known publisher; the workspace's "
                         "extract_scale setting")
    if (term := hallmark_scale(text, scales)) is not None:
        return term
    return scale, why


#: Terms that belong to one standard's yardstick and to no other's, and that plain English seldom uses: a writer
#: who uses them writes to that standard. "realistic possibility" is the UK yardstick's (PHIA), "roughly even
#: chance" the US one's (ICD 203); "remote chance" and "almost no chance" are everyday English too.
_HALLMARKS = {"uk-phia": re.compile(r"\brealistic\s+possibility\b", re.IGNORECASE),
              "us-icd-203": re.compile(r"\broughly\s+even\s+(?:chance|odds)\b", re.IGNORECASE)}


def hallmark_scale(text: str, scales: dict[str, Scale]) -> tuple[str, str] | None:
    """``(scale, why)`` when the text uses the hallmark terms of exactly one standard's yardstick, else None."""
    found = {name: match.group(0) for name, pattern in _HALLMARKS.items()
             if name in scales and (match := pattern.search(text))}
    if len(found) != 1:
        return None  # none, or the terms of two standards: the text follows neither
    [(name, term)] = found.items()
    return name, (f"scale {name}: no legend printed and no known publisher; the text uses \"{' '.join(term.split())}\", "
                  "a term of this standard's yardstick")


def detect_scale(text: str, scales: dict[str, Scale]) -> tuple[str, str]:
    """``(scale name, why)``: the best-matching legend in ``text``, else the plain-reader scale."""
    best: tuple[float, str] | None = None
    # Each scale's legend phrases (with their patterns) and the other scales' phrases, built once, not per window.
    candidates = []
    for name, scale in scales.items():
        if name == PLAIN:
            continue
        legend = {p.phrase.lower() for p in scale.phrases if p.phrase.lower() not in ("will", "inevitably",
                                                                                     "cannot be ruled out")}
        # the look-behind after the first character: the engine skips to that character, not tried at every one
        patterns = [(phrase, re.compile(rf"{re.escape(phrase[0])}(?<![\w-]{re.escape(phrase[0])}){re.escape(phrase[1:])}(?![\w-])"))
                    for phrase in legend]
        # Phrases of other scales in the window count against this one: a legend lists only its own.
        others = {p.phrase.lower() for s in scales.values() if s is not scale for p in s.phrases} - legend
        candidates.append((name, legend, patterns, [o for o in others if len(o) > 6]))
    seen: set[str] = set()
    for window in _legend_windows(text):
        lowered = " ".join(window.lower().split())
        if lowered in seen:
            continue
        seen.add(lowered)
        for name, legend, patterns, others in candidates:
            present = {phrase for phrase, pattern in patterns if phrase in lowered and pattern.search(lowered)}
            if len(present) < 3:
                continue
            stray = {phrase for phrase in others if phrase in lowered}
            score = len(present) / (len(legend) + len(stray))
            if best is None or score > best[0]:
                best = (score, name)
    if best and best[0] >= 0.6:
        return best[1], f"scale {best[1]}: the document's legend lists its phrases"
    return PLAIN, "scale plain-reader: no legend found in the document (phrases read as plain readers do)"


def _legend_windows(text: str):
    """Stretches of text around clusters of percentages (where a legend table would be)."""
    positions = [m.start() for m in _PERCENT.finditer(text)]
    for index, position in enumerate(positions):
        if index + 2 < len(positions) and positions[index + 2] - position < 200:
            yield text[max(0, position - _WINDOW // 2):position + _WINDOW]
