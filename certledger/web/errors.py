"""Refusals on the reviewer's pages answered as pages (403, 404, ...), not the API's JSON."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException, Request, Response
from fastapi.routing import APIRoute

from certledger.web.templating import render

TITLES = {403: "Not allowed", 404: "Not found", 413: "Too large", 422: "Not understood"}


class PageRoute(APIRoute):
    """A route whose HTTP errors render ``error.html``; redirects (sign in first) pass through."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_errors(request: Request) -> Response:
            try:
                return await handler(request)
            except HTTPException as exc:
                if exc.status_code not in TITLES:
                    raise
                # The viewer is left out on purpose: an error page shows no one's data.
                return render(
                    request,
                    "error.html",
                    None,
                    status_code=exc.status_code,
                    title=TITLES[exc.status_code],
                    detail=str(exc.detail),
                )

        return page_errors
