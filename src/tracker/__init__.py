"""tracker: log estimative judgements as forecasts, resolve them, and score calibration.

The library surface is :mod:`tracker.api`; the ``tracker`` command is a thin layer over it.
"""

__version__ = "0.1.0"
