"""The API's commands: ``certledger serve`` and ``certledger apikeys create|revoke|list``.

Registered by ``certledger.cli.build_parser``; the embedded worker comes in from there (``workers`` is
imported by the CLI module only), as a factory of a context manager.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from types import FrameType

from sqlalchemy import Engine
from sqlmodel import Session

from certledger.settings import Settings, load_settings

WorkersFactory = Callable[[Settings, Engine], AbstractContextManager[object]]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], workers: WorkersFactory) -> None:
    srv = sub.add_parser("serve", help="run the HTTP API (and, without REDIS_URL, the embedded worker)")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    srv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    srv.add_argument("--processes", type=int, default=1, help="uvicorn worker processes (default 1)")
    srv.set_defaults(func=lambda args: _cmd_serve(args, workers))

    keys = sub.add_parser("apikeys", help="create, revoke and list API keys")
    keys_sub = keys.add_subparsers(dest="apikeys_command", required=True)
    create = keys_sub.add_parser("create", help="create a key and print it (once: only its hash is kept)")
    create.add_argument("--name", required=True, help="who or what uses the key")
    create.add_argument("--scope", required=True, help="comma-separated: ingest, read, admin")
    create.set_defaults(func=_cmd_create)
    revoke = keys_sub.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id", type=int)
    revoke.set_defaults(func=_cmd_revoke)
    lst = keys_sub.add_parser("list", help="list keys (id, name, prefix, scopes, state)")
    lst.set_defaults(func=_cmd_list)


def _engine(settings: Settings) -> Engine:
    from certledger.db import make_engine, migrate

    engine = make_engine(settings.sqlalchemy_url())
    migrate(engine)
    return engine


def _cmd_serve(args: argparse.Namespace, workers: WorkersFactory) -> int:
    import uvicorn

    from certledger.webhooks import Deliverer

    settings = load_settings()
    engine = _engine(settings)
    # uvicorn re-raises the SIGTERM it caught once it has shut down: as SystemExit here, so that the
    # embedded worker and the deliverer stop cleanly below instead of dying with the process.
    signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        with ExitStack() as stack:
            stack.enter_context(
                workers(settings, engine)
            )  # a no-op with REDIS_URL: `certledger worker` reads
            stack.enter_context(Deliverer(engine, settings))
            uvicorn.run(
                "certledger.api.app:create_app",
                factory=True,
                host=args.host,
                port=args.port,
                workers=args.processes,
                log_level="info",
            )
    finally:
        engine.dispose()
    return 0


def _exit_cleanly(_signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


@contextmanager
def _keys_session() -> Iterator[Session]:
    """One transaction on the configured (migrated) database, for the apikeys commands."""
    from certledger.db import session_scope

    engine = _engine(load_settings())
    try:
        with session_scope(engine) as session:
            yield session
    finally:
        engine.dispose()


def _cmd_create(args: argparse.Namespace) -> int:
    from certledger.apikeys import UnknownScope, create_key

    try:
        with _keys_session() as session:
            new = create_key(session, args.name, args.scope.split(","))
            print(f"key {new.row.id} ({args.name}, scopes {','.join(new.row.scopes)}); shown once:")
            print(new.secret)
    except UnknownScope as exc:
        print(f"certledger: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_revoke(args: argparse.Namespace) -> int:
    from certledger.apikeys import revoke_key

    with _keys_session() as session:
        row = revoke_key(session, args.key_id)
    if row is None:
        print(f"certledger: no key {args.key_id}", file=sys.stderr)
        return 2
    print(f"key {args.key_id} revoked")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from certledger.apikeys import list_keys

    with _keys_session() as session:
        rows = list_keys(session)
    print(f"{'id':>4}  {'name':24}  {'prefix':10}  {'scopes':20}  state")
    for r in rows:
        state = f"revoked {r.revoked_at:%Y-%m-%d %H:%M}" if r.revoked_at else "live"
        print(f"{r.id:>4}  {r.name[:24]:24}  {r.prefix:10}  {','.join(r.scopes):20}  {state}")
    return 0
