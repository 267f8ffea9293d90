"""Every setting is documented in the README, under the name users set."""

from __future__ import annotations

from pathlib import Path

import pytest

from certledger.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_setting_is_in_readme(field: str) -> None:
    """The README's settings table names the environment variable of each field."""
    assert f"`CERTLEDGER_{field.upper()}`" in README


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """An environment variable changes a setting; DATABASE_URL is honoured without the prefix."""
    monkeypatch.setenv("CERTLEDGER_WORKERS", "3")
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@h/db")
    settings = Settings()
    assert (settings.workers, settings.database_url) == (3, "postgresql+psycopg://u@h/db")
