"""Field types shared by the API's models and parameters: ids both databases hold, text without NUL."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query
from pydantic import Field

MAX_ID = 2**31 - 1  # PostgreSQL integer columns

# PostgreSQL refuses NUL characters in text: refused here as a 422, not a 500 from the database.
NO_NUL = r"^[^\x00]*$"
Text = Annotated[str, Field(min_length=1, max_length=200, pattern=NO_NUL)]
IdText = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]

ApplicationId = Annotated[int, Path(ge=1, le=MAX_ID, description="the application's id")]
DocumentId = Annotated[int, Path(ge=1, le=MAX_ID, description="the document's id")]
WebhookId = Annotated[int, Path(ge=1, le=MAX_ID, description="the webhook's id")]
Limit = Annotated[int, Query(ge=1, le=100, description="page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="rows to skip")]
