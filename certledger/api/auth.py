"""API-key authentication and scopes.

The key is checked by a middleware, before any route reads the request body: a request without a
live key gets its 401 without uploading anything. A live key is remembered for
``api_key_cache_s`` seconds (``key_cache``): a revoked key is refused after at most that long.
Each route then declares the scope it needs (``IngestKey``, ``ReadKey``, ``AdminKey``); a key
without it gets 403.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session
from starlette.types import ASGIApp, Receive, Scope, Send

from certledger.api.key_cache import KeyCache
from certledger.api.problems import API_PREFIX, ProblemError, make_problem, problem_response
from certledger.apikeys import allows, authenticate, key_sha256
from certledger.tables import ApiKey

# Documents the scheme in OpenAPI; the middleware does the checking.
bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="`Authorization: Bearer <key>`, a key made by `certledger apikeys create`.",
)


def _secret(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            kind, _, token = value.decode("latin-1").partition(" ")
            return token.strip() or None if kind.lower() == "bearer" else None
    return None


def _lookup(engine: Engine, secret: str) -> ApiKey | None:
    with Session(engine, expire_on_commit=False) as session:
        return authenticate(session, secret)


class ApiKeyMiddleware:
    """Answers 401 for an API request without a live key; puts the key in ``request.state.api_key``."""

    def __init__(self, app: ASGIApp, engine: Engine, cache_s: float = 0.0) -> None:
        self.app, self.engine = app, engine
        self.cache = KeyCache(cache_s)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        secret = _secret(scope)
        key = await self._live_key(secret) if secret else None
        if key is None:
            detail = "a live API key is required: Authorization: Bearer <key>"
            problem = make_problem(401, "unauthorized", detail, scope["path"], title="Unauthorized")
            response = problem_response(problem, {"WWW-Authenticate": "Bearer"})
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["api_key"] = key
        await self.app(scope, receive, send)

    async def _live_key(self, secret: str) -> ApiKey | None:
        sha = key_sha256(secret)
        key = self.cache.get(sha)
        if key is None:  # a thread hop and a query, at most once per key per cache_s
            key = await run_in_threadpool(_lookup, self.engine, secret)
            if key is not None:
                self.cache.put(sha, key)
        return key


def require(scope: str) -> Any:
    async def dependency(
        request: Request, _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> ApiKey:
        key: ApiKey | None = getattr(request.state, "api_key", None)
        if key is None:  # only when the middleware is not installed
            raise ProblemError(401, "unauthorized", "a live API key is required")
        if not allows(key, scope):
            raise ProblemError(403, "forbidden", f"this key lacks the {scope!r} scope", title="Forbidden")
        return key

    return Depends(dependency)


IngestKey = Annotated[ApiKey, require("ingest")]
ReadKey = Annotated[ApiKey, require("read")]
AdminKey = Annotated[ApiKey, require("admin")]
