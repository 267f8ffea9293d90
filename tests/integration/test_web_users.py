"""`certledger user create|list|disable|enable` and the password hashes they store."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlmodel import Session, select

from certledger.cli import main
from certledger.db import make_engine
from certledger.tables import WebUser
from certledger.users import authenticate


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("DATABASE_URL", "CERTLEDGER_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CERTLEDGER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(args))


def test_user_commands_create_list_disable_and_enable(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user made on the command line signs in with its password until disabled; the hash is argon2id."""
    create = ("user", "create", "--email", "Rita@Example.org", "--role", "reviewer", "--password-stdin")
    assert run(monkeypatch, *create, stdin="a long passphrase\n") == 0
    assert run(monkeypatch, *create, stdin="a long passphrase\n") == 2  # the same email again
    assert (
        run(
            monkeypatch,
            "user",
            "create",
            "--email",
            "x@y.org",
            "--role",
            "staff",
            "--password-stdin",
            stdin="short\n",
        )
        == 2
    )
    assert run(monkeypatch, "user", "list") == 0
    listed = capsys.readouterr().out
    engine = make_engine(f"sqlite:///{data_dir / 'certledger.db'}")
    try:
        with Session(engine) as session:
            user = session.exec(select(WebUser)).one()
            signed_in = authenticate(session, "rita@example.org", "a long passphrase")
            wrong = authenticate(session, "rita@example.org", "another passphrase")
        assert run(monkeypatch, "user", "disable", "rita@example.org") == 0
        with Session(engine) as session:
            disabled = authenticate(session, "rita@example.org", "a long passphrase")
        assert run(monkeypatch, "user", "enable", "rita@example.org") == 0
        with Session(engine) as session:
            enabled = authenticate(session, "rita@example.org", "a long passphrase")
    finally:
        engine.dispose()
    assert "rita@example.org\treviewer\tactive" in listed
    assert user.password_hash.startswith("$argon2id$") and "passphrase" not in user.password_hash
    assert (signed_in is not None, wrong, disabled, enabled is not None) == (True, None, None, True)
