"""tracker.toml read without building its pydantic model when the file is plainly right: the shortcut
must accept only what the strict model accepts, and the model must still judge everything else."""

import itertools
import tomllib

import pytest
from pydantic import ValidationError

from tracker import settings
from tracker.settings import _model, _plainly_valid, read_config

VALID = [
    "",
    '[tracker]\nforecaster = "ana"\ntimezone = "Europe/Vilnius"\nscale = "us-icd-203"\n',
    '[tracker]\ndatabase = "sqlite:///x.db"\nextract_scale = "kent-1964"\n',
    '[remind]\nevery_days = 3\nchannels = ["terminal", "email"]\n[remind.email]\nto = ["a@example.org"]\nport = 25\n',
    "[team]\nhide_others_until_predicted = true\n",
    '[remind.webhook]\nurl = "https://example.org/hook"\n[remind.desktop]\n',
]
#: Each is refused by the strict model: a wrong type, an unknown key or table, a table where a value goes.
WRONG = [
    "[tracker]\nforecaster = 7\n", '[remind]\nevery_days = "3"\n', "[remind]\nevery_days = true\n",
    "[remind]\nevery_days = 3.0\n", "[remind]\nchannels = \"terminal\"\n", "[remind]\nchannels = [1]\n",
    "[team]\nhide_others_until_predicted = 1\n", '[tracker]\nforcaster = "ana"\n', "[remnd]\n", "remind = 5\n",
    "[remind]\nemail = 5\n", "[tracker.forecaster]\n", "[tracker]\ntimezone = 2026-01-01\n",
    '[remind]\nchannels = ["terminal", ["email"]]\n',
]


@pytest.mark.parametrize("text", VALID)
def test_a_plainly_right_file_takes_the_shortcut_and_the_model_agrees(text):
    data = tomllib.loads(text)
    assert _plainly_valid(data)
    _model().model_validate(data)  # the shortcut only ever skips what the model would accept


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_file_goes_to_the_model_which_refuses_it(text):
    data = tomllib.loads(text)
    assert not _plainly_valid(data)
    with pytest.raises(ValidationError):
        _model().model_validate(data)


def test_a_wrong_table_beside_right_ones_still_goes_to_the_model():
    for right, wrong in itertools.product(VALID, WRONG):
        data = {**tomllib.loads(right), **tomllib.loads(wrong)}  # the wrong file's tables win whole
        assert not _plainly_valid(data), (right, wrong)
        with pytest.raises(ValidationError):
            _model().model_validate(data)


def test_reading_a_right_file_builds_no_model(tmp_path):
    (tmp_path / "tracker.toml").write_text(VALID[3], encoding="utf-8")
    _model.cache_clear()
    values = read_config(tmp_path / "tracker.toml", tmp_path)
    assert _model.cache_info().misses == 0
    assert values["remind"]["every_days"] == 3 and values["remind"]["channels"] == ["terminal", "email"]


def test_shipped_scales_are_listed_once_per_process(tmp_path, monkeypatch):
    settings._shipped_scales.cache_clear()
    first = settings.known_scales(None)
    monkeypatch.setattr(settings.Path, "glob", lambda *a, **k: pytest.fail("globbed the shipped scales again"))
    assert settings.known_scales(tmp_path) == first
