"""RFC 9457 problem details: every API error is ``application/problem+json`` with a stable ``type``.

``type`` is ``urn:certledger:problem:<code>``; ``code`` repeats the last part (the same codes the
CLI prints for unreadable documents: ``encrypted_document``, ``file_too_large``, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:certledger:problem:"
API_PREFIX = "/api/"

# Codes of the generic HTTP errors, by status.
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "content_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_requests",
    500: "internal_error",
}


class FieldError(BaseModel):
    """One problem of one part of the request (a body field, a query parameter, an uploaded file)."""

    loc: list[str | int]
    code: str
    detail: str


class Problem(BaseModel):
    """RFC 9457 problem details, plus ``code`` (the stable last part of ``type``) and ``errors``."""

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str
    errors: list[FieldError] | None = None  # one per bad field or file, when there are several


class ProblemError(Exception):
    """Raise to answer with a problem: ``ProblemError(404, "application_not_found", "...")``."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        title: str | None = None,
        errors: list[FieldError] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.title = title or code.replace("_", " ").capitalize()
        self.errors = errors or None
        self.headers: dict[str, str] = {}


def problem_response(problem: Problem, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=problem.status,
        media_type=MEDIA_TYPE,
        headers=headers,
    )


def problem_for(exc: ProblemError, path: str) -> JSONResponse:
    """The answer to a raised ``ProblemError`` on ``path``."""
    problem = make_problem(exc.status, exc.code, exc.detail, path, title=exc.title, errors=exc.errors)
    return problem_response(problem, exc.headers)


def make_problem(status: int, code: str, detail: str | None, path: str, **extra: Any) -> Problem:
    title = extra.pop("title", None) or code.replace("_", " ").capitalize()
    return Problem(
        type=TYPE_PREFIX + code, title=title, status=status, detail=detail, instance=path, code=code, **extra
    )


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for these error statuses, all problem+json."""
    return {
        s: {"model": Problem, "content": {MEDIA_TYPE: {}}, "description": _HTTP_CODES.get(s, "error")}
        for s in statuses
    }


def install(app: FastAPI) -> None:
    """Problem handlers for the API's paths; other paths (the reviewer's pages) keep FastAPI's own."""

    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ProblemError)
        return problem_for(exc, request.url.path)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if not _is_api(request):
            return await http_exception_handler(request, exc)
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        detail = exc.detail if isinstance(exc.detail, str) else None
        return problem_response(make_problem(exc.status_code, code, detail, request.url.path), exc.headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if not _is_api(request):
            return await request_validation_exception_handler(request, exc)
        errors = [
            FieldError(
                loc=[str(p) if not isinstance(p, int) else p for p in e.get("loc", ())],
                code=str(e.get("type", "invalid")),
                detail=str(e.get("msg", "")),
            )
            for e in exc.errors()
        ]
        detail = "; ".join(f"{'.'.join(map(str, e.loc))}: {e.detail}" for e in errors)[:1000]
        problem = make_problem(422, "validation_error", detail, request.url.path, errors=errors)
        return problem_response(problem)

    async def on_crash(request: Request, exc: Exception) -> Response:
        if not _is_api(request):
            return PlainTextResponse("Internal Server Error", status_code=500)
        problem = make_problem(500, "internal_error", "an unexpected error; it was logged", request.url.path)
        return problem_response(problem)

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_crash)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)
