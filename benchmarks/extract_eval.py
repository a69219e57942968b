"""Measure `tracker extract` against hand labels: recall, precision, probability in range, horizons right.

Usage: python benchmarks/extract_eval.py DOC [DOC...] LABELS [DOC... LABELS ...] [--detect-date] [-v]
       python benchmarks/extract_eval.py dev blind [-v]      (named sets, see below)

Named sets stand for their documents and labels: ``lt`` (lt_nta_2023), ``ch`` (ch_fis_2020), ``ee23``
(ee_efis_2023), ``ee21`` (ee_efis_2021), ``seeds`` (the two seed documents), ``dev`` (lt ch ee23 ee21); the
texts of these are read from ../shared (never shipped). ``blind`` is every document in benchmarks/blind/
(written and labelled by a blind tester for issue 13, shipped in the repository), ``blind2`` every document in
benchmarks/blind2/ (a second blind tester's), ``blind3`` every document in benchmarks/blind3/ (a third's),
``blind4`` every document in benchmarks/blind4/ (a fourth's), ``blind5`` every document in benchmarks/blind5/ (a fifth's),
``blind6`` every document in benchmarks/blind6/ (a sixth's), ``blind7`` every document in benchmarks/blind7/
(a seventh's), ``blind8`` every document in benchmarks/blind8/ (an eighth's), ``blind9`` every document in
benchmarks/blind9/ (a ninth's), ``blind10`` every document in benchmarks/blind10/ (a tenth's), ``blind11`` and
``blind12`` every document in benchmarks/blind11/ and blind12/ (an eleventh's and a twelfth's), ``blind13`` every
document in benchmarks/blind13/ (a thirteenth's), ``blind14`` .. ``blind27`` every document in benchmarks/blind14/ ..
blind27/ (the fourteenth to twenty-seventh rounds, written to look like the held-back kinds: intelligence assessments,
government reviews, forecasting teams' outlooks, news), and each of those by its file stem (``swift_q4_2025``).

Each LABELS file (.yaml/.yml) labels the documents named before it (back to the previous labels file), so
pairs can be given one after another: ``a.txt a.labels.yaml b.txt b.labels.yaml``. Every figure is printed
per document, then over all of them.

LABELS is a YAML mapping of document file name -> {published, must, may, not}; each item has a ``key`` (a
verbatim substring of the sentence; whitespace runs count as one space), and must items a ``p`` range and
optionally a ``horizon`` or ``due``. A draft can match the items whose key is in its quoted sentence;
drafts and items are paired one to one by best overlap (key inside the draft's own clause first, then the
share of the key's words in the draft's statement), so when one sentence holds several items each draft
goes to the item it states. A further draft from a sentence whose items are all taken (a clause the labels
did not split) counts with the item of its sentence that it overlaps most.

- recall: must items matched by a draft, over all must items (a draft that merged duplicates of one
  judgement matches the items of the merged sentences too);
- precision: drafts matched to must items, over drafts matched to must or not items plus unlabelled drafts
  (drafts of "may" sentences are neither right nor wrong); "labelled precision" leaves unlabelled drafts out;
- probability in range: per draft: drafts matched to must items whose probability lies in that item's ``p``
  (every draft from a labelled sentence counts, so a coordinated clause scored as a plain "will" under
  "it is possible that ..." shows); "items in range" is the older per-item figure (first draft only);
- horizon right: matched must items with a ``due`` (same due date) or a ``horizon``: the same scale time
  words (short, near, medium, long; "longer" counts as "long"), or, for a horizon with none of them ("in the
  coming years", "beyond 2027"), a stated (not defaulted) horizon whose text holds the label's words.

By default the labelled publication date is given to the extractor (as --published would be); with
--detect-date the extractor finds it itself. The detected date is printed either way.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tracker.extract import extract_document  # noqa: E402

_TERMS = re.compile(r"\b(short|near|medium|long)(?:er)?\b")
#: Words of a horizon label that its draft need not repeat.
_HORIZON_FILLER = {"in", "the", "over", "during", "up", "to", "and", "of", "a", "at", "least", "by", "from"}


def norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def overlap(key: str, clause: str) -> float:
    words = set(re.findall(r"\w+", key.lower()))
    return len(words & set(re.findall(r"\w+", clause.lower()))) / max(1, len(words))


def horizon_matches(label: str, horizon) -> bool:
    """Whether a draft's horizon says what the label's horizon words say (see the module docstring)."""
    label, found = label.lower(), (horizon.text or "").lower()
    terms = set(_TERMS.findall(label))
    if terms:
        return terms == set(_TERMS.findall(found))
    if not horizon.text or (horizon.flagged and "default" in horizon.flagged):
        return False
    words = set(re.findall(r"\w+", label.split("(")[0])) - _HORIZON_FILLER
    return words <= set(re.findall(r"\w+", found))


def match_one_to_one(options: dict[int, list[tuple[tuple, int]]]) -> dict[int, int]:
    """Drafts paired with items one to one, as many pairs as possible, each draft taking its best-scoring
    free item (Kuhn's augmenting paths, drafts by their best score, items by score): a greedy pass could give
    a draft the one item another draft needed while an item of its own stayed free."""
    owner: dict[int, int] = {}

    def place(d_index: int, seen: set[int]) -> bool:
        for _, i_index in sorted(options[d_index], reverse=True):
            if i_index in seen:
                continue
            seen.add(i_index)
            if i_index not in owner or place(owner[i_index], seen):
                owner[i_index] = d_index
                return True
        return False

    for d_index in sorted(options, key=lambda d: max(options[d])[0], reverse=True):
        place(d_index, set())
    return {d_index: i_index for i_index, d_index in owner.items()}


def evaluate(path: Path, labels: dict, detect_date: bool, verbose: bool) -> dict:
    published = None if detect_date else labels.get("published")
    extraction = extract_document(path, published=published)
    detected = extract_document(path).published if not detect_date else extraction.published
    items = [(kind, item) for kind in ("must", "may", "not") for item in labels.get(kind) or ()]
    options: dict[int, list[tuple[tuple, int]]] = {}
    for d_index, draft in enumerate(extraction.drafts):
        quote = norm(draft.quote)
        phrase = draft.phrase.lower()
        for i_index, (kind, item) in enumerate(items):
            key = norm(item["key"])
            # a forecast table's row is quoted "Will X: 62%" (its question mark made a colon, see
            # extract/structure/forecast_rows.py), so a key ending in the question's mark matches without it
            key = key[:-1] if key.endswith("?") and key not in quote and ":" in quote else key
            if key in quote:
                # The key inside the draft's own clause, then the key holding the draft's estimative
                # phrase (of two keys in one clause, the one the judgement's words are in), then word overlap.
                # then word overlap with the question (the claim without the reasons, conditions and time words
                # a statement still holds: "X will grow, as the patent expires" asks about X, not the patent)
                score = (key in norm(draft.clause), phrase in key.lower(), overlap(item["key"], draft.text),
                         overlap(item["key"], draft.statement))
                options.setdefault(d_index, []).append((score, i_index))
    assigned = match_one_to_one(options)
    pairs = sorted(((score, d, i) for d, found in options.items() for score, i in found), reverse=True)
    pairs = [(score[0], score[1:], d, i) for score, d, i in pairs]
    for _, _, d_index, i_index in pairs:  # a second draft from a sentence already matched: same item
        assigned.setdefault(d_index, i_index)
    first: dict[int, int] = {}
    for d_index, i_index in sorted(assigned.items()):
        first.setdefault(i_index, d_index)
    # A draft that merged the same judgement from other places (summary, key points) stands for their
    # items too: the most overlapping item of each merged quote counts as found by it.
    for d_index, draft in enumerate(extraction.drafts):
        for _, quote in getattr(draft, "also", ()):
            keyed = [i for i, (_, item) in enumerate(items) if norm(item["key"]) in norm(quote) and i not in first]
            if keyed:
                first[max(keyed, key=lambda i: overlap(items[i][1]["key"], draft.statement))] = d_index
    must = [i for i, (kind, _) in enumerate(items) if kind == "must"]
    hits = [i for i in must if i in first]
    right = sum(1 for d, i in assigned.items() if items[i][0] == "must")
    wrong = sum(1 for d, i in assigned.items() if items[i][0] == "not")
    unlabelled = [d for d in range(len(extraction.drafts)) if d not in assigned]
    in_range = 0
    drafts_in_range = 0
    for d, i in assigned.items():
        if items[i][0] != "must":
            continue
        low, high = items[i][1]["p"]
        ok = low - 1e-9 <= extraction.drafts[d].probability <= high + 1e-9
        drafts_in_range += ok
        if verbose and not ok and first.get(i) != d:
            print(f"  PROBABILITY (draft) {items[i][1]['key']!r}: {extraction.drafts[d].probability} not in "
                  f"{items[i][1]['p']}: {extraction.drafts[d].clause[:80]!r}")
    horizon_total = horizon_right = 0
    for i in hits:
        item, draft = items[i][1], extraction.drafts[first[i]]
        low, high = item["p"]
        in_range += low - 1e-9 <= draft.probability <= high + 1e-9
        if "due" in item or "horizon" in item:
            horizon_total += 1
            if "due" in item:
                ok = draft.due == (item["due"] if isinstance(item["due"], date) else date.fromisoformat(item["due"]))
            else:
                ok = horizon_matches(str(item["horizon"]), draft.horizon)
            horizon_right += ok
            if verbose and not ok:
                print(f"  HORIZON {item['key']!r}: labelled {item.get('due') or item['horizon']}, "
                      f"got {draft.horizon.text} -> {draft.due}")
        if verbose and not low - 1e-9 <= draft.probability <= high + 1e-9:
            print(f"  PROBABILITY {item['key']!r}: {draft.probability} not in {item['p']}")
    if verbose:
        for i in must:
            if i not in first:
                print(f"  MISSED {items[i][1]['key']!r}")
        for d, i in assigned.items():
            if items[i][0] == "not":
                print(f"  FALSE (not) {items[i][1]['key']!r}: {extraction.drafts[d].statement[:100]!r}")
        for d in unlabelled:
            print(f"  UNLABELLED {extraction.drafts[d].phrase!r}: {extraction.drafts[d].statement[:110]!r}")
    return {"must": len(must), "hits": len(hits), "right": right, "wrong": wrong, "unlabelled": len(unlabelled),
            "in_range": in_range, "drafts_in_range": drafts_in_range, "horizon_total": horizon_total, "horizon_right": horizon_right,
            "drafts": len(extraction.drafts), "published": extraction.published, "detected": detected,
            "labelled_date": labels.get("published")}


def figures(t: dict[str, int]) -> list[str]:
    ratio = lambda a, b: a / b if b else float("nan")  # noqa: E731
    return [
        f"recall               {ratio(t['hits'], t['must']):.3f}  ({t['hits']}/{t['must']} must statements)",
        f"precision            {ratio(t['right'], t['right'] + t['wrong'] + t['unlabelled']):.3f}  "
        f"({t['right']} right, {t['wrong']} on 'not' sentences, {t['unlabelled']} on unlabelled sentences)",
        f"labelled precision   {ratio(t['right'], t['right'] + t['wrong']):.3f}",
        f"probability in range {ratio(t['drafts_in_range'], t['right']):.3f}  ({t['drafts_in_range']}/{t['right']} "
        f"drafts on must statements)",
        f"items in range       {ratio(t['in_range'], t['hits']):.3f}  ({t['in_range']}/{t['hits']}, first draft of each)",
        f"horizon right        {ratio(t['horizon_right'], t['horizon_total']):.3f}  "
        f"({t['horizon_right']}/{t['horizon_total']})",
    ]


def row(name: str, t: dict) -> str:
    """One Markdown table row: recall, precision, probability in range (per draft), horizon right."""
    ratio = lambda a, b: f"{a / b:.3f}" if b else "-"  # noqa: E731
    return (f"| {name} | {ratio(t['hits'], t['must'])} ({t['hits']}/{t['must']}) | "
            f"{ratio(t['right'], t['right'] + t['wrong'] + t['unlabelled'])} | {ratio(t['drafts_in_range'], t['right'])} | "
            f"{ratio(t['horizon_right'], t['horizon_total'])} ({t['horizon_right']}/{t['horizon_total']}) |")


ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: Named development documents: (text, labels file); the texts are not shipped.
DEV = {
    "lt": (SHARED / "dev-docs" / "lt_nta_2023.txt", SHARED / "dev-docs" / "lt_nta_2023.labels.yaml"),
    "ch": (SHARED / "dev-docs" / "unlabelled" / "ch_fis_2020.txt", ROOT / "benchmarks/labels/ch_fis_2020.labels.yaml"),
    "ee23": (SHARED / "dev-docs/unlabelled/ee_efis_2023.txt", ROOT / "benchmarks/labels/ee_efis_2023.labels.yaml"),
    "ee21": (SHARED / "dev-docs/unlabelled/ee_efis_2021.txt", ROOT / "benchmarks/labels/ee_efis_2021.labels.yaml"),
}


#: Named sets shipped in the repository: every document beside its ``STEM.labels.yaml``.
SHIPPED = {name: ROOT / "benchmarks" / name for name in ("blind", "blind2", "blind3", "blind4", "blind5", "blind6",
                                                               "blind7", "blind8", "blind9", "blind10", "blind11",
                                                               "blind12", "blind13", "blind14", "blind15", "blind16",
                                                               "blind17", "blind18", "blind19", "blind20", "blind21",
                                                               "blind22", "blind23",
                                                               "blind24", "blind25", "blind26", "blind27")}


def shipped_documents() -> dict[str, dict[str, tuple[Path, Path]]]:
    """Per shipped set (``blind``, ``blind2``): its documents by stem, as (document, labels) paths."""
    sets: dict[str, dict[str, tuple[Path, Path]]] = {name: {} for name in SHIPPED}
    for name, folder in SHIPPED.items():
        for labels in sorted(folder.glob("*.labels.yaml")):
            stem = labels.name[: -len(".labels.yaml")]
            if documents := [p for p in folder.glob(stem + ".*") if p != labels]:
                sets[name][stem] = (documents[0], labels)
    return sets


def expand(names: list[str]) -> list[str]:
    """Named sets (``dev``, ``blind``, ``blind2``, ``lt``, ``seeds``, a shipped document's stem) as paths."""
    shipped = shipped_documents()
    stems = {stem: paths for found in shipped.values() for stem, paths in found.items()}
    out: list[str] = []
    for name in names:
        if name == "dev":
            out.extend(expand(list(DEV)))
        elif name in shipped:
            out.extend(expand(list(shipped[name])))
        elif name == "seeds":
            out.extend([str(p) for p in sorted((SHARED / "seeds").glob("*.txt"))])
            out.append(str(SHARED / "dev-docs" / "seeds.labels.yaml"))
        else:
            out.extend(str(p) for p in (DEV.get(name) or stems.get(name) or (name,)))
    return out


def pairs(paths: list[str]) -> list[tuple[Path, Path]]:
    """(document, labels file) pairs: each labels file labels the documents named before it."""
    found: list[tuple[Path, Path]] = []
    waiting: list[Path] = []
    for name in expand(paths):
        path = Path(name)
        if path.suffix.lower() in (".yaml", ".yml"):
            if not waiting:
                sys.exit(f"{name}: no document before this labels file")
            found.extend((document, path) for document in waiting)
            waiting = []
        else:
            waiting.append(path)
    if waiting:
        sys.exit(f"{waiting[-1]}: no labels file after this document")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", help="documents, each group followed by its labels file, or named "
                        "sets: dev (lt ch ee23 ee21), blind..blind27 (benchmarks/blind*/, or one by its stem), seeds")
    parser.add_argument("--detect-date", action="store_true", help="do not give the labelled publication date")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    totals: dict[str, int] = {}
    runs = pairs(args.paths)
    loaded: dict[Path, dict] = {}
    rows: list[tuple[str, dict]] = []
    for path, labels_path in runs:
        labels = loaded.setdefault(labels_path, yaml.safe_load(labels_path.read_text(encoding="utf-8")))
        if path.name not in labels:
            sys.exit(f"{path.name}: not in {labels_path}")
        if args.verbose:
            print(path.name)
        result = evaluate(path, labels[path.name], args.detect_date, args.verbose)
        print(f"{path.name}: {result['drafts']} drafts; publication date detected {result['detected']} "
              f"(labelled {result['labelled_date']})")
        for line in figures(result):
            print(f"  {line}")
        for key, value in result.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
        rows.append((path.stem, result))
    if len(runs) > 1:
        print(f"all {len(runs)} documents:")
        for line in figures(totals):
            print(f"  {line}")
        print("\n| document | recall | precision | probability in range | horizon right |\n| --- | --- | --- | --- | --- |")
        for name, result in rows + [(f"all {len(runs)}", totals)]:
            print(row(name, result))


if __name__ == "__main__":
    main()
