"""A second forecaster's number on the claim just stated: "The market gives 71% that X. The panel is at 66%."

Memos and digests that compare forecasters state a claim with one holder's number, then give another holder's
number on it without stating the claim again ("The panel aggregate on the same question is 47%", "Metaculus
has the same question at 38%", "The panel is at 66%"). The second number is a forecast of its own, by its
holder: it does not replace the first (as a bare "I'd say 60%" after a claim refines the writer's own words).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.contract_quotes import ASKED_NOTE
from tracker.extract.crowd_numbers import SAME_QUESTION
from tracker.extract.market_prices import MARKET_NOTE
from tracker.extract.records import Horizon, Judgement, Sentence


def second_forecaster(judgement: Judgement, sentence: Sentence,
                      made: list[tuple[Sentence, Judgement, Horizon]]) -> tuple[Judgement, Horizon] | None:
    """The claimless ``judgement`` as its holder's forecast of the last drafted claim, with that claim's
    horizon, when it is a second forecaster's number on it; else None (the pipeline's usual scoring)."""
    if not made or judgement.stated is None or judgement.statement:
        return None
    quoted, last, horizon = made[-1]
    if (named := next((note[len(ASKED_NOTE) + 2:] for note in judgement.notes if note.startswith(ASKED_NOTE)), None)) is not None:
        # "The market on the framework question trades at 44c": the latest claim drafted a few paragraphs up that has
        # the question's words ("framework"), whoever's number it carried
        words = [re.compile(rf"\b{re.escape(word)}", re.IGNORECASE) for word in named.split()]
        for back in range(len(made) - 1, max(-1, len(made) - 8), -1):
            earlier, claimed, when = made[back]
            if sentence.paragraph.number - earlier.paragraph.number > 6:
                break
            if claimed.statement and all(word.search(claimed.statement) for word in words):
                notes = (*judgement.notes, f'the claim stated before it with the words "{named}", which "{claimed.written}" scores')
                return replace(claimed, clause=judgement.clause, speaker=judgement.speaker, phrase="stated", stated=judgement.stated,
                               complement=False, written=judgement.written, notes=notes), when
        return None
    if SAME_QUESTION in judgement.notes and re.search(r"\bsame\s+(?:contract|market)\b", judgement.clause, re.IGNORECASE):
        # "Polymarket's number for the same contract is 61%": the contract is the last market's, not the writers' claim
        for back in range(len(made) - 1, max(-1, len(made) - 6), -1):
            if made[back][1].speaker is not None and made[back][1].stated is not None and made[back][1].statement:
                quoted, last, horizon = made[back]
                break
    if judgement.speaker is None and (last.speaker is None or last.stated is None):
        return None  # the writers' own number after their own claim or a phrase: it refines it (the usual scoring)
    # "Polymarket has X at 74%. We shade that to 70.": the writers' own number on another holder's, a second forecast
    market = any(note.startswith(MARKET_NOTE) for note in judgement.notes)
    if (last.stated is None and not market) or last.speaker == judgement.speaker or not last.statement:
        return None  # a phrase refined by a number (a market's never is), or the same holder again: the usual scoring
    gap = sentence.paragraph.number - quoted.paragraph.number
    # "on the same question" names its claim across a paragraph break; a bare "The panel is at 66%" only within one
    if gap != 0 and not (gap == 1 and SAME_QUESTION in judgement.notes):
        return None
    notes = (*judgement.notes, f'the claim stated before it, which "{last.written}" scores for its own holder' if judgement.speaker
             else f'the writers\' own number on the claim before, which "{last.written}" scores for {last.speaker}')
    return replace(last, clause=judgement.clause, speaker=judgement.speaker, phrase="stated", stated=judgement.stated,
                   complement=False, written=judgement.written, notes=notes), horizon
