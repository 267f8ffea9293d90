"""/api/v1 documents: multipart upload (202 once stored), extraction with evidence boxes, page images."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request, Response, status
from pydantic import BaseModel
from sqlmodel import Session, col, select
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from certledger.api.auth import IngestKey, ReadKey
from certledger.api.deps import BlobsDep, SessionDep, SettingsDep, get_blobs, get_catalog, get_or_404
from certledger.api.intake import IntakeWriter, Upload, UploadAccepted
from certledger.api.problems import ProblemError, problem_for, responses
from certledger.api.routes.applications import get_application
from certledger.api.schemas import MAX_ID, ApplicationId, DocumentId
from certledger.apikeys import allows
from certledger.export import document_json
from certledger.page_images import NoSuchPage, page_png, page_sizes
from certledger.records import stored_page_geometry
from certledger.settings import Settings
from certledger.tables import ApiKey, Document
from certledger.uploads import ExtractError, safe_file_name

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["documents"], responses=responses(401, 403))
MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers on top of the files' bytes
IDEMPOTENCY_KEY = r"^[\x21-\x7e]+$"  # 1 to 255 of these (visible ASCII)
_IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")


class DocumentSummary(BaseModel):
    id: int
    application_id: int
    file_name: str
    media_type: str
    state: str  # queued | processing | done | failed
    error_code: str | None
    error_message: str | None
    pages: int | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, doc: Document) -> DocumentSummary:
        return cls.model_validate(doc, from_attributes=True)


class PageInfo(BaseModel):
    """A page's size in PDF points: evidence boxes are [x0, top, x1, bottom] in these units."""

    number: int
    width: float
    height: float
    rotation: int = 0  # degrees the page was turned clockwise to be read; the image comes turned so
    image_url: str


class DocumentDetail(DocumentSummary):
    extraction: dict[str, Any]  # the contract's document JSON; each item's page and bbox is its evidence
    page_sizes: list[PageInfo]


_UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["files"],
                "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
            }
        }
    },
}


@router.post(
    "/applications/{application_id}/documents",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=UploadAccepted,
    summary="Upload one or many documents (multipart field `files`)",
    description="Answered once every file and its document record are stored; reading follows. "
    "All files are checked first: one bad file refuses the request, nothing is stored. "
    "A retry with the same `Idempotency-Key` gets the first answer and creates nothing.",
    openapi_extra={"requestBody": _UPLOAD_BODY},
    responses=responses(400, 404, 413, 415, 422),
)
async def upload_documents(
    application_id: ApplicationId,
    request: Request,
    key: IngestKey,
    idempotency_key: Annotated[
        str | None, Header(alias="Idempotency-Key", min_length=1, max_length=255, pattern=IDEMPOTENCY_KEY)
    ] = None,
) -> Response:
    return await accept_upload(request, application_id, key, idempotency_key)


async def accept_upload(
    request: Request, application_id: int, key: ApiKey, idempotency_key: str | None
) -> Response:
    """The upload endpoint's work, its parameters validated (by FastAPI or ``UploadFastPath``)."""
    settings: Settings = request.app.state.settings  # read per request: tests change limits live
    cfg = settings.extract_config()
    limit = settings.max_files_per_request
    files = await _files(_capped(request, limit * cfg.max_bytes + MULTIPART_OVERHEAD), limit, cfg.max_bytes)
    assert key.id is not None
    store, catalog = await get_blobs(request), await get_catalog(request)
    upload = Upload(application_id, key.id, idempotency_key, files, cfg, store, catalog)
    writer: IntakeWriter = request.app.state.intake
    # Checked, stored and committed by the app's writer thread, batched with concurrent uploads.
    accepted = await writer.submit(upload)
    headers = {"Idempotent-Replayed": "true"} if accepted.replayed else None
    log.info("application %s: %d document(s) accepted from key %s", application_id, len(files), key.id)
    # The body is UploadAccepted's JSON already: FastAPI would validate and serialize it again.
    return Response(accepted.body, status.HTTP_202_ACCEPTED, headers, media_type="application/json")


_UPLOAD_PATH = re.compile(r"/api/v1/applications/([1-9][0-9]{0,9})/documents")


class UploadFastPath:
    """The upload endpoint without FastAPI's routing and dependency solving (under load, a quarter of
    an upload's CPU). A request FastAPI would hand to ``upload_documents`` as it is (its path, a key
    with the ingest scope, at most one well-formed Idempotency-Key) runs the route's own code here,
    its problems answered as the app's handler answers them; any other request goes on to FastAPI,
    which refuses it as always. OpenAPI describes ``upload_documents``: the same parameters and answers.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        valid = _valid_upload(scope) if scope["type"] == "http" and scope["method"] == "POST" else None
        if valid is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive, send)
        try:
            response = await accept_upload(request, *valid)
        except ProblemError as exc:
            response = problem_for(exc, request.url.path)
        await response(scope, receive, send)


def _valid_upload(scope: Scope) -> tuple[int, ApiKey, str | None] | None:
    """(application id, key, Idempotency-Key) of an upload request FastAPI would accept as it is."""
    match = _UPLOAD_PATH.fullmatch(scope["path"])
    key = scope.get("state", {}).get("api_key")
    if match is None or not isinstance(key, ApiKey) or not allows(key, "ingest"):
        return None
    application_id = int(match[1])
    keys = [v for k, v in scope["headers"] if k == b"idempotency-key"]
    if application_id > MAX_ID or len(keys) > 1:
        return None
    if not keys:
        return application_id, key, None
    value = keys[0].decode("latin-1")
    return (application_id, key, value) if _IDEMPOTENCY_KEY.fullmatch(value) else None


def _capped(request: Request, max_body: int) -> Request:
    """The request with its body refused past ``max_body`` bytes: by Content-Length before anything
    is read, and while reading a body that states none (chunked), so it is never all spooled."""
    too_large = ProblemError(413, "content_too_large", f"the request body is over {max_body} bytes")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_body:
        raise too_large
    received = 0

    async def receive() -> Message:
        nonlocal received
        message = await request.receive()
        received += len(message.get("body", b""))
        if received > max_body:
            raise too_large
        return message

    return Request(request.scope, receive)


async def _files(request: Request, limit: int, max_bytes: int) -> list[tuple[str, bytes]]:
    try:
        form = await request.form(max_files=limit, max_fields=limit + 10)
    except StarletteHTTPException as exc:
        too_many = "Too many" in str(exc.detail)
        code = "too_many_files" if too_many else "bad_multipart"
        raise ProblemError(413 if too_many else 400, code, str(exc.detail)) from exc
    parts = form.getlist("files")
    if not parts:
        raise ProblemError(422, "no_files", "send the files as multipart/form-data parts named 'files'")
    files: list[tuple[str, bytes]] = []
    for index, part in enumerate(parts):
        if not isinstance(part, UploadFile):
            raise ProblemError(422, "not_a_file", f"part {index + 1} of 'files' is a text field, not a file")
        data = await part.read(max_bytes + 1)  # one byte more tells "too large" apart
        files.append((safe_file_name(part.filename, index), data))
    await form.close()
    return files


@router.get(
    "/applications/{application_id}/documents",
    summary="The documents of an application, with their state",
    responses=responses(404, 422),
)
def list_documents(
    application_id: ApplicationId, session: SessionDep, _key: ReadKey
) -> list[DocumentSummary]:
    app = get_application(session, application_id)
    docs = session.exec(select(Document).where(Document.application_id == app.id).order_by(col(Document.id)))
    return [DocumentSummary.of(d) for d in docs]


def get_document(session: Session, document_id: int) -> Document:
    return get_or_404(session, Document, document_id)


@router.get(
    "/documents/{document_id}",
    summary="A document's extraction: items with their evidence page and box",
    responses=responses(404, 422),
)
def read_document(
    document_id: DocumentId, session: SessionDep, store: BlobsDep, settings: SettingsDep, _key: ReadKey
) -> DocumentDetail:
    doc = get_document(session, document_id)
    stored = stored_page_geometry(session, document_id)
    if stored:  # the pages as the reader saw them (sizes upright, and the turn it gave them)
        sizes = [(p.width, p.height, p.rotation) for p in stored.values()]
    else:
        try:
            sizes = [
                (w, h, 0)
                for w, h in page_sizes(store.get(doc.blob_sha256), doc.media_type, settings.extract_config())
            ]
        except ExtractError:
            sizes = []  # an unreadable document: its state and error say why
    pages = [
        PageInfo(
            number=n,
            width=round(width, 2),
            height=round(height, 2),
            rotation=rotation,
            image_url=f"{router.prefix}/documents/{document_id}/pages/{n}.png",
        )
        for n, (width, height, rotation) in enumerate(sizes, start=1)
    ]
    summary = DocumentSummary.of(doc)
    return DocumentDetail(**summary.model_dump(), extraction=document_json(doc), page_sizes=pages)


@router.get(
    "/documents/{document_id}/pages/{number}.png",
    summary="One page of a document as a PNG image",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}, "description": "the page"}, **responses(404, 413, 422)},
)
def page_image(
    document_id: DocumentId,
    number: Annotated[int, Path(ge=1, le=MAX_ID, description="1-based page number")],
    session: SessionDep,
    store: BlobsDep,
    settings: SettingsDep,
    _key: ReadKey,
    dpi: Annotated[int, Query(ge=36, le=300, description="resolution of the image")] = 100,
) -> Response:
    doc = get_document(session, document_id)
    stored = stored_page_geometry(session, document_id).get(number)
    rotation = stored.rotation if stored else 0
    try:
        png = page_png(
            store.get(doc.blob_sha256), doc.media_type, number, dpi, settings.extract_config(), rotation
        )
    except NoSuchPage as exc:
        raise ProblemError(404, "page_not_found", str(exc)) from exc
    except ExtractError as exc:
        raise ProblemError(exc.http_status, exc.code, str(exc)) from exc
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})
