"""Extraction: turn an assessment's estimative language into draft forecasts for review.

``extract_document(path_or_text)`` reads a document (.txt, .md, .html, .pdf), cleans its text, splits it into
sentences, finds the forward-looking judgements ("it is highly likely that X will ...", "X will ...",
"an invasion is unlikely in the medium term"), reads each phrase on a scale and each horizon against the
publication date, and returns an ``Extraction``. ``draft_file(extraction)`` writes it as a forecast file
for ``tracker apply``. Nothing here writes to the store.
"""

from tracker.extract.forecast_file import draft_file, question_record
from tracker.extract.pipeline import extract_document
from tracker.extract.records import Draft, Extraction, Horizon

__all__ = ["Draft", "Extraction", "Horizon", "draft_file", "extract_document", "question_record"]
