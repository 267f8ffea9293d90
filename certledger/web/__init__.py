"""The reviewer's pages (server-rendered templates): mounted by ``certledger.api.app.create_app``."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
