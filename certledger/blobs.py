"""Content-addressed blob store: a file's bytes are kept once, under their SHA-256, in a folder or S3."""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlparse

import boto3
from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobNotFound(LookupError):
    """No blob with that hash is stored."""


class BlobCorrupt(RuntimeError):
    """The stored bytes no longer hash to their name."""


class BlobStore(Protocol):
    def put(self, data: bytes) -> str:
        """Store ``data`` (once, however often it is put) and return its SHA-256 hex digest."""
        ...

    def get(self, sha256: str) -> bytes: ...

    def exists(self, sha256: str) -> bool: ...

    def open_path(self, sha256: str) -> Path:
        """A local file holding the blob, for readers that want a path (pdfplumber, pypdfium2)."""
        ...


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _checked(sha256: str) -> str:
    # The name becomes a path or key: anything but 64 hex digits could escape the store.
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256


def _shard(sha256: str) -> str:
    """ab/cd/abcd...: two levels keep folders small even with millions of blobs."""
    sha = _checked(sha256)
    return f"{sha[:2]}/{sha[2:4]}/{sha}"


class FolderBlobStore:
    """Blobs as files ``root/ab/cd/<sha256>``, written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / _shard(sha256)

    def put(self, data: bytes) -> str:
        sha = sha256_hex(data)
        target = self.path(sha)
        if not target.exists():  # same name, same bytes: nothing to write
            _atomic_write(target, data)
        return sha

    def get(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise BlobNotFound(sha256) from None

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open_path(self, sha256: str) -> Path:
        path = self.path(sha256)
        if not path.is_file():
            raise BlobNotFound(sha256)
        return path


def _atomic_write(target: Path, data: bytes) -> None:
    """Readers see the whole file or none: write a temp file beside it, fsync it, rename it over,
    then fsync the folder so that the new name survives a power loss too (the caller answers
    "stored" after this). Plain ``os`` calls: the API writes many small blobs at once."""
    tmp = target.parent / f".tmp-{secrets.token_hex(8)}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    try:
        fd = os.open(tmp, flags, 0o644)
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, flags, 0o644)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fchmod(fd, 0o644)  # whatever the umask: other worker users must read blobs
            os.fsync(fd)  # the bytes are on disk before the name points at them
        finally:
            os.close(fd)
        os.replace(tmp, target)  # atomic; a concurrent put of the same bytes writes the same content
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class S3BlobStore:
    """Blobs as objects ``s3://bucket/prefix/ab/cd/<sha256>``; ``open_path`` downloads into a local cache."""

    def __init__(self, client: S3Client, bucket: str, prefix: str, cache_dir: Path) -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        # Content-addressed, so a cached copy can never go stale.
        self.cache = FolderBlobStore(cache_dir)

    def key(self, sha256: str) -> str:
        return f"{self.prefix}/{_shard(sha256)}" if self.prefix else _shard(sha256)

    def put(self, data: bytes) -> str:
        sha = sha256_hex(data)
        # S3 PUTs are atomic: a reader never sees half an object. HEAD first saves re-uploading.
        if not self.exists(sha):
            self.client.put_object(Bucket=self.bucket, Key=self.key(sha), Body=data)
        return sha

    def get(self, sha256: str) -> bytes:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.key(sha256))
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise BlobNotFound(sha256) from None
            raise
        data = response["Body"].read()
        if sha256_hex(data) != sha256:
            raise BlobCorrupt(f"s3://{self.bucket}/{self.key(sha256)} does not hash to its name")
        return data

    def exists(self, sha256: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key(sha256))
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                return False
            raise
        return True

    def open_path(self, sha256: str) -> Path:
        if not self.cache.exists(sha256):
            self.cache.put(self.get(sha256))
        return self.cache.open_path(sha256)


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> (``bucket``, ``some/prefix``)."""
    parts = urlparse(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f"not an s3://bucket[/prefix] URL: {url!r}")
    return parts.netloc, parts.path.strip("/")


def blob_store_from_url(
    url: str | None, data_dir: Path, *, s3_endpoint_url: str | None = None
) -> FolderBlobStore | S3BlobStore:
    """The store a ``blob_url`` setting names: None = ``data_dir/blobs``; ``s3://``; a folder or ``file://``."""
    if url is None:
        return FolderBlobStore(Path(data_dir) / "blobs")
    if url.startswith("s3://"):
        bucket, prefix = parse_s3_url(url)
        client = boto3.client("s3", endpoint_url=s3_endpoint_url)
        return S3BlobStore(client, bucket, prefix, cache_dir=Path(data_dir) / "blob-cache")
    parts = urlparse(url)
    if parts.scheme == "file":
        return FolderBlobStore(Path(parts.path))
    if parts.scheme and len(parts.scheme) > 1:  # one letter: a Windows drive, i.e. a folder
        raise ValueError(f"unsupported blob URL scheme {parts.scheme!r}: use a folder, file:// or s3://")
    return FolderBlobStore(Path(url))
