"""Scoring rules and calibration diagnostics for probability forecasts.

Pure numpy: arrays in, numbers out.  Conventions (ranges, epsilons, bin
edges, tie handling) are documented in ``docs/scoring.md``.  Functions that
a database layer may want to feed with SQL aggregates have a ``*_from_*``
twin taking sufficient statistics; the array versions build on those so
both paths share one formula.  ``*_grouped`` functions take a
GroupedForecasts (per distinct forecast value: count and events, what SQL
``GROUP BY p`` returns) and give what the row-level function gives on the
expanded rows.

Every name is importable from here; the modules hold:

- ``scores``: input validation, Brier (binary and multi-category), RPS, log
  score, Brier skill score, AUC, Spiegelhalter's test, Wilson interval;
- ``binning``: bin edges, reliability table, sharpness histogram;
- ``decomposition``: extended Murphy and CORP (with PAV) decompositions;
- ``grouped``: GroupedForecasts, the ``*_grouped`` functions and the summaries;
- ``peers``: time-averaged Brier and Brier relative to the other forecasters.
"""
from __future__ import annotations

from tracker.scoring.binning import (CalibrationRow, _quantile_of_groups, calibration_table,
                                     sharpness_histogram)
from tracker.scoring.decomposition import (CorpDecomposition, MurphyDecomposition, corp_decomposition,
                                           corp_decomposition_from_groups, murphy_decomposition,
                                           murphy_decomposition_from_sums, pav)
from tracker.scoring.grouped import (GroupedForecasts, auc_grouped, brier_score_grouped,
                                     brier_skill_score_grouped, calibration_table_grouped,
                                     corp_decomposition_grouped, log_score_grouped,
                                     multi_category_summary, murphy_decomposition_grouped,
                                     sharpness_histogram_grouped, spiegelhalter_z_grouped,
                                     summary_grouped)
from tracker.scoring.peers import (SECONDS_PER_DAY, relative_brier, relative_brier_per_row,
                                   time_averaged_brier)
from tracker.scoring.scores import (LOG_SCORE_EPSILON, WILSON_Z_95, auc, brier_score, brier_skill_score,
                                    log_score, multi_brier_score, multi_log_score,
                                    ranked_probability_score, spiegelhalter_z, wilson_interval)

__all__ = [
    "LOG_SCORE_EPSILON", "SECONDS_PER_DAY", "WILSON_Z_95",
    "auc", "brier_score", "brier_skill_score", "log_score", "multi_brier_score", "multi_log_score",
    "ranked_probability_score", "spiegelhalter_z", "wilson_interval",
    "CalibrationRow", "calibration_table", "sharpness_histogram",
    "CorpDecomposition", "MurphyDecomposition", "corp_decomposition", "corp_decomposition_from_groups",
    "murphy_decomposition", "murphy_decomposition_from_sums", "pav",
    "GroupedForecasts", "auc_grouped", "brier_score_grouped", "brier_skill_score_grouped",
    "calibration_table_grouped", "corp_decomposition_grouped", "log_score_grouped",
    "multi_category_summary", "murphy_decomposition_grouped", "sharpness_histogram_grouped",
    "spiegelhalter_z_grouped", "summary_grouped",
    "relative_brier", "relative_brier_per_row", "time_averaged_brier",
    # Private, but the tests check it against np.quantile directly; listed so the re-export is explicit.
    "_quantile_of_groups",
]
