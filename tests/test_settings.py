import pytest

from marsad.errors import UsageError
from marsad.settings import Settings


def test_settings_defaults_then_user_file_then_overrides(tmp_path):
    user = tmp_path / "m.toml"
    user.write_text("[store]\nbatch_size = 7\n[dedupe]\nthreshold = 0.9\n")
    s = Settings.load(path=user, overrides={"dedupe": {"threshold": 0.3}})
    assert s.get("store.batch_size") == 7
    assert s.get("dedupe.threshold") == 0.3
    assert s.get("dedupe.num_perm") == 128  # untouched default survives


def test_settings_bad_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml")
    with pytest.raises(UsageError, match="cannot read settings"):
        Settings.load(path=bad)
