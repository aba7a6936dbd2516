"""The environment schema (cms/env.py): the production profile refuses to start without its
secrets, and passes Django's deployment checks once they are given."""

from __future__ import annotations

import secrets

import pytest

from cms.env import DEVELOPMENT_SECRET_KEY, ConfigurationError, Environment, load_environment
from tests.utils import PROJECT_ROOT, clean_environment, run_python


def manage(tmp_path, *args: str, **variables: str):
    return run_python(["manage.py", *args], clean_environment(tmp_path, **variables))


def production_secret_key() -> str:
    key = secrets.token_urlsafe(45)
    assert len(key) == 60
    return key


def test_production_without_secret_key_refuses_to_start(tmp_path):
    result = manage(tmp_path, "check", IPSP_PROFILE="production", ALLOWED_HOSTS="ipsp.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "System check identified" not in result.stdout


def test_production_without_anything_names_both_missing_variables(tmp_path):
    result = manage(tmp_path, "check", IPSP_PROFILE="production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_without_allowed_hosts_refuses_to_start(tmp_path):
    result = manage(tmp_path, "check", IPSP_PROFILE="production", SECRET_KEY=production_secret_key())
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize("key", ["too-short-key", DEVELOPMENT_SECRET_KEY])
def test_production_refuses_a_weak_secret_key(tmp_path, key):
    result = manage(
        tmp_path, "check", IPSP_PROFILE="production", SECRET_KEY=key, ALLOWED_HOSTS="ipsp.example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_with_its_secrets_passes_the_deployment_checks(tmp_path):
    result = manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        IPSP_PROFILE="production",
        SECRET_KEY=production_secret_key(),
        ALLOWED_HOSTS="ipsp.example.org",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in output.upper()


def test_production_ignores_debug(tmp_path):
    code = "import cms.settings as s; print(s.DEBUG)"
    result = run_python(
        ["-c", code],
        clean_environment(
            tmp_path,
            IPSP_PROFILE="production",
            SECRET_KEY=production_secret_key(),
            ALLOWED_HOSTS="ipsp.example.org",
            DEBUG="true",
        ),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_development_needs_no_variable(tmp_path):
    if (PROJECT_ROOT / ".env").exists():
        pytest.skip("a .env file in the project root sets variables")
    result = manage(tmp_path, "check")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_profile_needs_secrets(monkeypatch):
    for name in ("SECRET_KEY", "ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IPSP_PROFILE", "production")
    with pytest.raises(ConfigurationError, match="SECRET_KEY and ALLOWED_HOSTS"):
        Environment(_env_file=None)
    monkeypatch.setenv("SECRET_KEY", production_secret_key())
    monkeypatch.setenv("ALLOWED_HOSTS", "ipsp.example.org")
    environment = Environment(_env_file=None)
    assert environment.is_production
    assert environment.effective_allowed_hosts == ["ipsp.example.org"]


def test_an_unknown_profile_is_a_configuration_error(monkeypatch):
    monkeypatch.setenv("IPSP_PROFILE", "staging")
    with pytest.raises(ConfigurationError):
        load_environment()
