"""tracker.toml: one table of settings checks the file, writes the file `tracker init` makes, and is the
README's table; every mistake in the file is one line naming the file, line and key."""

import re
import tomllib
from pathlib import Path

import pytest

from tracker.settings import SETTINGS, known_scales, markdown_table
from tracker.workspace import read_settings

README = Path(__file__).parents[1] / "README.md"


@pytest.mark.parametrize(("body", "message"), [
    ('[tracker]\nforcaster = "ana"\n',
     "tracker.toml:2: tracker.forcaster: unknown setting (did you mean forecaster?)"),
    ('[tracker]\ntimezone = "UTC"\n\n[remind]\nevry_days = 3\n',
     "tracker.toml:5: remind.evry_days: unknown setting (did you mean every_days?)"),
    ("[remnd]\nevery_days = 3\n", "tracker.toml:1: remnd: unknown table (did you mean remind?)"),
    ("[remind.emial]\nhost = 'x'\n", "tracker.toml:1: remind.emial: unknown setting (did you mean email?)"),
    ('remind.every_days = "3"\n', "tracker.toml:1: remind.every_days: must be a whole number, not '3'"),
    ("[remind]\nevery_days = true\n", "tracker.toml:2: remind.every_days: must be a whole number, not True"),
    ("[remind]\nevery_days = 0\n", "tracker.toml:2: remind.every_days: 0 is not a whole number of days (1-365)"),
    ('[remind]\nchannels = ["emial"]\n', "tracker.toml:2: remind.channels: unknown channel 'emial' "
                                          "(did you mean email?); known: desktop, email, terminal, webhook"),
    ("[remind]\nchannels = []\n", 'tracker.toml:2: remind.channels: give at least one channel, e.g. ["terminal"]'),
    ("remind = 5\n", "tracker.toml:1: remind: must be a table, not 5"),
    ("[tracker]\nforecaster = 7\n", "tracker.toml:2: tracker.forecaster: must be a string, not 7"),
    ('[tracker]\nforecaster = "  "\n', "tracker.toml:2: tracker.forecaster: must not be empty"),
    ('[tracker]\ntimezone = "Europe/Vilnus"\n', "tracker.toml:2: tracker.timezone: unknown time zone "
                                                 "'Europe/Vilnus' (use an IANA name like Europe/Vilnius)"),
    ('[tracker]\nscale = "lt-nat"\n', "tracker.toml:2: tracker.scale: unknown scale 'lt-nat' (did you mean "
                                      "lt-nta?); known: ipcc-ar6, kent-1964, lt-nta, nato-ajp-2.1, plain-reader, uk-phia, "
                                      "us-icd-203"),
    ("[tracker\n", "tracker.toml:1: not valid TOML (Expected ']' at the end of a table declaration)"),
    ("# ok\n[tracker]\nscale = \n", "tracker.toml:3: not valid TOML (Invalid value)"),
    ("[remind]\n[remind]\n", "tracker.toml:2: not valid TOML (Cannot declare ('remind',) twice)"),
    ("# a\n# b\nx = " + "[" * 100_000 + "]" * 100_000 + "\n", "tracker.toml:3: nested too deep for a settings file"),
    ("x = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n", "tracker.toml:1: nested too deep for a settings file"),
    ("[" + ".".join(["a"] * 50_000) + "]\n", "tracker.toml:1: nested too deep for a settings file"),
    ("[remind.email]\n" + ".".join(["a"] * 20) + " = 1\n", "tracker.toml:2: nested too deep for a settings file"),
])
def test_a_mistake_in_tracker_toml_is_one_line_naming_file_line_and_key(cli, workspace, body, message):
    (workspace / "tracker.toml").write_text(body, encoding="utf-8")
    result = cli("list")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"error: {message}\n")


def test_a_scale_of_the_workspace_is_a_known_scale(cli, workspace):
    shipped = Path(__file__).parents[1] / "src/tracker/scales/lt-nta.yaml"
    (workspace / "scales").mkdir()
    text = shipped.read_text(encoding="utf-8").replace("name: lt-nta", "name: our-legend", 1)
    (workspace / "scales" / "ours.yaml").write_text(text, encoding="utf-8")
    (workspace / "tracker.toml").write_text('[tracker]\nscale = "our-legend"\n', encoding="utf-8")
    assert read_settings(workspace).scale == "our-legend"
    assert cli("list").exit_code == 0


def test_shipped_scale_names_are_read_without_yaml():
    # known_scales reads only the name line of the shipped scales, to keep start-up free of YAML.
    from tracker.scales import load_scales

    assert known_scales(None) == sorted(load_scales())


def test_the_generated_file_has_every_setting_and_reads_back_as_written(tmp_path):
    from tracker.workspace import init_workspace

    init_workspace(tmp_path, forecaster='ana "the owl"', timezone="Europe/Vilnius")
    text = (tmp_path / "tracker.toml").read_text(encoding="utf-8")
    settings = read_settings(tmp_path)
    assert (settings.forecaster, settings.timezone, settings.scale, settings.database) == (
        'ana "the owl"', "Europe/Vilnius", "lt-nta", None)
    assert settings.remind == {"every_days": 7, "channels": ["terminal"], "email": None, "webhook": None,
                               "desktop": None, "terminal": None}
    for setting in SETTINGS:  # each one is written, live or commented out, under its table
        key = f"[{setting.name}]" if setting.is_table else f"{setting.key} = "
        assert key in text, setting.name
    # Uncommenting every commented-out line gives a valid file of non-default values and defaults.
    uncommented = "\n".join(re.sub(r"^# (\w+ = |\[\w+\]$)", r"\1", line) for line in text.splitlines())
    values = tomllib.loads(uncommented)
    for setting in SETTINGS:
        if not setting.is_table and not setting.written:
            assert values[setting.table][setting.key] == (setting.example or setting.default)


def test_the_readme_table_is_the_table_of_settings():
    text = README.read_text(encoding="utf-8")
    generated = re.search(r"<!-- generated from tracker.settings.SETTINGS[^\n]*-->\n(.*?)<!-- end of the generated "
                          r"table -->", text, re.S)
    assert generated and generated.group(1) == markdown_table()
    assert [row.split("`")[1] for row in markdown_table().splitlines()[2:]] == [s.name for s in SETTINGS]


def test_a_channel_setting_misspelled_is_named_with_the_closest(cli, workspace):
    (workspace / "tracker.toml").write_text('[remind]\nchannels = ["webhook"]\n[remind.webhook]\nurll = "x"\n',
                                            encoding="utf-8")
    result = cli("remind", "--once")
    assert (result.exit_code, result.stderr) == (
        1, "error: tracker.toml: remind.webhook.urll: unknown setting (did you mean url?); known: timeout, url\n")


def test_init_checks_its_flags_with_the_table(tmp_path, cli):
    result = cli("init", str(tmp_path / "new"), "--forecaster", "")
    assert (result.exit_code, result.stderr) == (1, "error: --forecaster: must not be empty\n")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("escaped", ["ana\\u0000", "ana\\u0085", "ana\\nbo"])
def test_a_control_character_in_a_setting_is_named(tmp_path, escaped):
    from tracker.errors import TrackerError

    (tmp_path / "tracker.toml").write_text(f'[tracker]\nforecaster = "{escaped}"\n')
    with pytest.raises(TrackerError, match=r"tracker\.forecaster: contains the control character U\+00"):
        read_settings(tmp_path)
