"""Reading probabilities the way people write them: 0.7, 70%, 3:1 odds."""

from __future__ import annotations

import math
import re

#: Choice probabilities whose sum is within this distance of 1 are rescaled to sum to exactly 1
#: (people write 33%, 33%, 33%); further away they are refused as a mistake.
CHOICE_SUM_TOLERANCE = 0.02

_ODDS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$")
_PERCENT = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*%\s*$")


def parse_probability(value: object) -> float:
    """Return a probability in [0, 1] from a number, ``"70%"``, ``"70 %"`` or odds ``"3:1"`` (3 to 1 on).

    Raises ValueError with a message meant for the user.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a probability")
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        number = _parse_text(value)
    else:
        raise ValueError(f"{value!r} is not a probability")
    return check_probability(number, value)


def _parse_text(text: str) -> float:
    if match := _PERCENT.match(text):
        return float(match.group(1)) / 100
    if match := _ODDS.match(text):
        favour, against = float(match.group(1)), float(match.group(2))
        if favour == 0 or against == 0:
            # 3:0 would read as 100%: a certainty nobody means by writing odds, and one that no later
            # evidence could move. A certainty is written as one: 1, 0, 100% or 0%.
            raise ValueError(f"odds {text.strip()!r} have a zero side: odds are two positive numbers such as 3:1 "
                             "(write 100% or 0% for a certainty)")
        return favour / (favour + against)
    try:
        return float(text.strip())
    except ValueError:
        # A word here is nearly always an estimative phrase typed where the number goes.
        words = "; a phrase such as 'likely' goes in --phrase, or phrase: in a file" \
            if text.replace(" ", "").replace("-", "").isalpha() else ""
        raise ValueError(f"{text!r} is not a probability (write 0.7, 70% or 3:1{words})") from None


def check_probability(number: float, shown: object | None = None) -> float:
    """Refuse NaN, infinities and values outside [0, 1]."""
    shown = number if shown is None else shown
    if math.isnan(number) or math.isinf(number):
        raise ValueError(f"{shown!r} is not a number between 0 and 1")
    if not 0.0 <= number <= 1.0:
        # A plain number above 1 was most likely meant as a percentage; 120% or 5:1 was not.
        plain = not isinstance(shown, str) or not any(c in shown for c in "%:")
        hint = f" (did you mean {number:g}%?)" if plain and 1 < number <= 100 else ""
        raise ValueError(f"{shown} is not between 0 and 1{hint}")
    return number


def normalise_choice(probabilities: dict[str, float]) -> dict[str, float]:
    """Rescale choice probabilities to sum to 1, refusing sums further than the tolerance from 1."""
    total = math.fsum(probabilities.values())
    if abs(total - 1.0) > CHOICE_SUM_TOLERANCE:
        raise ValueError(f"probabilities sum to {total:g}, not 1 (allowed: 1 ± {CHOICE_SUM_TOLERANCE:g})")
    return {name: p / total for name, p in probabilities.items()}


def format_probability(p: float) -> str:
    """A probability as a percentage with no needless decimals: 0.7 -> '70%', 0.875 -> '87.5%',
    0.99999 -> '99.999%' (never rounded up to a certainty it is not)."""
    text = f"{p * 100:.3f}".rstrip("0").rstrip(".")
    if text == "100" and p < 1:
        text = "99.999"
    if text == "0" and p > 0:
        text = "0.001"
    return f"{text}%"
