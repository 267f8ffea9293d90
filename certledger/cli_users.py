"""`certledger user create|list|disable|enable`: accounts of the reviewer UI."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from certledger.users import UserInfo


def _engine() -> Any:
    from certledger.db import make_engine, migrate
    from certledger.settings import load_settings

    engine = make_engine(load_settings().sqlalchemy_url())
    migrate(engine)
    return engine


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise SystemExit("certledger: the passwords differ")
    return first


def _write(change: Callable[[Session], UserInfo], done: Callable[[UserInfo], str]) -> int:
    """Run one account change in a transaction; print what was done, or the reason it was not."""
    from certledger.db import session_scope
    from certledger.users import UserError

    engine = _engine()
    try:
        with session_scope(engine) as session:
            user = change(session)
    except UserError as exc:
        print(f"certledger: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(done(user))
    return 0


def _cmd_create(args: argparse.Namespace) -> int:
    from certledger.users import create_user

    password = _password(args)
    return _write(
        lambda s: create_user(s, args.email, args.role, password), lambda u: f"created {u.role} {u.email}"
    )


def _cmd_list(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from certledger.users import list_users

    engine = _engine()
    try:
        with Session(engine) as session:
            users = list_users(session)
    finally:
        engine.dispose()
    for u in users:
        print(f"{u.email}\t{u.role}\t{'disabled' if u.disabled else 'active'}")
    return 0


def _set_disabled(args: argparse.Namespace, disabled: bool) -> int:
    from certledger.users import set_disabled

    return _write(
        lambda s: set_disabled(s, args.email, disabled),
        lambda u: f"{u.email} {'disabled' if disabled else 'enabled'}",
    )


def register(sub: Any) -> None:
    """Add the `user` command to the CLI's subparsers."""
    user = sub.add_parser("user", help="reviewer UI accounts: create, list, disable, enable")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    create = user_sub.add_parser("create", help="add an account (password asked, or read from stdin)")
    create.add_argument("--email", required=True)
    create.add_argument("--role", required=True, choices=("reviewer", "staff", "admin"))
    create.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    create.set_defaults(func=_cmd_create)
    lst = user_sub.add_parser("list", help="every account with its role")
    lst.set_defaults(func=_cmd_list)
    dis = user_sub.add_parser("disable", help="stop an account signing in (its sessions end)")
    dis.add_argument("email")
    dis.set_defaults(func=lambda a: _set_disabled(a, True))
    ena = user_sub.add_parser("enable", help="allow a disabled account again")
    ena.add_argument("email")
    ena.set_defaults(func=lambda a: _set_disabled(a, False))
