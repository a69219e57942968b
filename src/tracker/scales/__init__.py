"""Estimative scales as data: named legends mapping phrases to probability bands and time words to horizons.

Each scale is a YAML file in this folder (shipped with the package); a workspace can add or override
scales with files in its own ``scales/`` folder. Every scale names its published source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tracker.errors import TrackerError
from tracker.nesting import yaml_too_deep

PACKAGE_SCALES = Path(__file__).parent
#: The "scale" of a probability a document states as a number ("a 12% chance"): the number is its own
#: reading, so there is no scale file; `tracker extract` writes it and `apply` accepts any phrase on it.
STATED_SCALE = "stated-in-text"


@dataclass(frozen=True)
class Phrase:
    """A phrase of a scale: the band it stands for and the probability it is scored at."""

    phrase: str
    band: tuple[float, float]
    probability: float
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scale:
    """A named estimative scale with its source."""

    name: str
    title: str
    source: str
    phrases: tuple[Phrase, ...]
    horizons: tuple[tuple[str, int, int], ...] = ()
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, phrase: str) -> Phrase | None:
        """The entry for ``phrase`` or one of its synonyms (case-insensitive)."""
        if not self._index:
            for entry in self.phrases:
                for word in (entry.phrase, *entry.synonyms):
                    self._index.setdefault(word.lower(), entry)
        return self._index.get(phrase.strip().lower())


def _read(path: Path) -> Scale:
    try:
        # libyaml's loader when PyYAML has it: the shipped scales take 90 ms to read in pure Python.
        text = path.read_text(encoding="utf-8")
        if line := yaml_too_deep(text, 8):
            raise TrackerError(f"{path}:{line}: not a valid scale file (nested too deep)")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        # "unqualified" entries are not the legend's own words but are looked up the same way.
        phrases = tuple(Phrase(phrase=p["phrase"], band=(float(p["band"][0]), float(p["band"][1])),
                               probability=float(p["probability"]), synonyms=tuple(p.get("synonyms", ())))
                        for p in (*data["phrases"], *data.get("unqualified", ())))
        horizons = tuple((h["term"], int(h["months"][0]), int(h["months"][1])) for h in data.get("horizons", ()))
        return Scale(name=data["name"], title=data["title"], source=data["source"], phrases=phrases,
                     horizons=horizons)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, IndexError) as exc:
        raise TrackerError(f"{path}: not a valid scale file ({exc})") from None


def load_scales(workspace: Path | None = None) -> dict[str, Scale]:
    """Every shipped scale, plus (overriding by name) those in ``workspace/scales``."""
    folders = [PACKAGE_SCALES] + ([workspace / "scales"] if workspace and (workspace / "scales").is_dir() else [])
    scales: dict[str, Scale] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            scale = _read(path)
            scales[scale.name] = scale
    return scales
