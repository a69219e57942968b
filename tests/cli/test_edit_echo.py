"""`tracker edit --due` echoes the date a phrase was read as, as `log` does (README: "always echoed back
resolved")."""

from __future__ import annotations


def test_a_due_phrase_is_echoed_back_resolved(cli, workspace):
    cli("log", "Will it rain?", "-c", "Rain is reported.", "-d", "2027-01-01", "-p", "0.7", "-f", "ana", "--id", "rain")
    result = cli("edit", "rain", "--due", "end of 2028")
    assert (result.exit_code, result.output) == (0, "Edited rain: version 2 (#3) changes due\n  due: 2028-12-31\n")
