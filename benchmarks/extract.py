"""Speed of `tracker extract` on a long report, next to sentence splitting alone in the same run.

Usage: python benchmarks/extract.py [DOC] [--chars 250000]

Without DOC, a synthetic 250,000-character assessment is built from varied sentences (judgements, facts,
wrapped lines, page breaks). Prints the time of sentence splitting alone (pysbd over the cleaned paragraphs),
of the whole extraction, and their ratio (target: <= 3x).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tracker.extract import extract_document  # noqa: E402
from tracker.extract.cleanup import clean_paragraphs  # noqa: E402
from tracker.extract.sentences import split_text  # noqa: E402

SENTENCES = [
    "It is highly likely that the regime will continue to prioritise military spending in the near term.",
    "The ministry reported a deficit of 3.2 percent of GDP in 2022, up from 1.1 percent a year earlier.",
    "Negotiations on the new programme are likely to start in 2024.",
    "We assess that the U.S. and its allies will maintain sanctions through the end of 2025.",
    "It is likely that the group was behind the attack on the pipeline in October.",
    "Although an invasion is unlikely, military pressure on the islands will increase.",
    "The government announced that three new divisions will be established.",
    "Officials in the capital held talks with their counterparts on Feb. 4 to discuss energy supplies.",
    "In the medium term, the country will seek to reduce its dependence on imported technology; however, "
    "in the long term this effort will fall short.",
    "It is possible that the opposition will boycott the elections.",
    "Trade between the two countries grew by a fifth, driven by energy exports and consumer goods.",
]


def synthetic_report(characters: int, seed: int = 7) -> str:
    """A long report: paragraphs of wrapped lines with page breaks, headers and page numbers."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = page = 0
    while size < characters:
        page += 1
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 7)))
        words, lines, line = paragraph.split(), [], ""
        for word in words:  # wrap at 80 columns, as PDF text is
            if len(line) + len(word) > 80:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        block = "\n".join(lines) + "\n\n"
        if page % 4 == 0:
            block += f"{page // 4}\n\fANNUAL THREAT ASSESSMENT\n\n"
        parts.append(block)
        size += len(block)
    return "".join(parts)[:characters]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("document", nargs="?", help="a document to time (default: a synthetic report)")
    parser.add_argument("--chars", type=int, default=250_000, help="size of the synthetic report")
    parser.add_argument("--runs", type=int, default=5, help="runs of each timing; the least is reported (a shared machine's noise)")
    args = parser.parse_args()
    text = Path(args.document).read_text(encoding="utf-8") if args.document else synthetic_report(args.chars)
    split_text("Warm up. The splitter compiles its rules once.")  # neither timing pays for the import
    paragraphs = clean_paragraphs(text)  # cleanup is part of extraction, not of the splitting baseline
    # Wall clock on a shared machine swings with its load; CPU time (process_time) does not, so both are
    # printed, each the least of ``--runs`` runs.
    walls, cpus = {"split": [], "extract": []}, {"split": [], "extract": []}
    for _ in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        count = sum(len(split_text(p.text)) for p in paragraphs)
        walls["split"].append(time.perf_counter() - started)
        cpus["split"].append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        extraction = extract_document(text, published=date(2023, 3, 9))
        walls["extract"].append(time.perf_counter() - started)
        cpus["extract"].append(time.process_time() - cpu)
    splitting, extracting = min(walls["split"]), min(walls["extract"])
    print(f"document             {len(text):,} characters, {count:,} sentences")
    print(f"sentence splitting   {splitting:.2f} s  (CPU {min(cpus['split']):.2f} s)")
    print(f"extraction           {extracting:.2f} s  (CPU {min(cpus['extract']):.2f} s; {len(extraction.drafts):,} drafts)")
    print(f"ratio                {extracting / splitting:.2f}x wall clock, "
          f"{min(cpus['extract']) / min(cpus['split']):.2f}x CPU  (target <= 3x; least of {args.runs} runs)")

if __name__ == "__main__":
    main()
