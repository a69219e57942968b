"""The ``tracker`` command: parse flags, call :mod:`tracker.api`, print. Nothing else happens here."""
