"""Every setting, from environment variables (prefix CERTLEDGER_), built by a function, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from extract.config import ExtractConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CERTLEDGER_", extra="ignore")

    data_dir: Path = Path("data")  # SQLite file, blobs and the OCR cache live here
    catalog_path: Path | None = (
        None  # a staff-edited catalog CSV; None = the packaged classify/data/courses.csv
    )
    render_dpi: int = 300
    max_pixels: int = 60_000_000
    max_pages: int = 300
    max_upload_bytes: int = 100 * 1024 * 1024
    tesseract_timeout_s: float = 120.0
    second_engine: bool = True
    second_engine_det_side: int = 0  # longest side RapidOCR finds lines at; 0 = its default (up to 2000 px)
    second_engine_runtime: Literal["openvino", "onnxruntime"] = "openvino"  # runs RapidOCR's models
    ocr_cache: bool = True  # keep OCR results by page-image hash under data_dir/ocr-cache
    workers: int = 0  # processes for bulk extraction; 0 = one per core
    # None = SQLite under data_dir. DATABASE_URL too (what hosts and images set); the prefixed one wins.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("CERTLEDGER_DATABASE_URL", "DATABASE_URL", "database_url")
    )
    blob_url: str | None = None  # s3://bucket/prefix, or a folder; None = data_dir/blobs
    s3_endpoint_url: str | None = None  # an S3-compatible server (MinIO, moto); None = AWS
    # Set: workers on this Redis (`certledger worker`). None: the embedded default runs them in-process.
    redis_url: str | None = Field(
        default=None, validation_alias=AliasChoices("CERTLEDGER_REDIS_URL", "REDIS_URL", "redis_url")
    )
    redis_namespace: str = "certledger"  # key prefix of the queues in Redis
    max_retries: int = 5  # attempts after the first, with exponential backoff, before a dead letter
    retry_min_backoff_ms: int = 1000
    retry_max_backoff_ms: int = 60_000
    relay_interval_s: float = 0.2  # how often the outbox relay looks for unsent messages
    heartbeat_timeout_ms: int = 60_000  # a Redis worker silent this long: its messages go to others
    # Redis commands in a million that also look for dead workers' messages (dramatiq's default, 1000,
    # finds them after ~15 minutes of an idle worker's polling; 10000 after ~2).
    redis_maintenance_chance: int = 10_000
    # A PDF with more pages than this is read in ranges of this many pages by separate worker jobs,
    # then merged (0 = never split).
    split_pages: int = 12
    metrics_port: int = 0  # Prometheus metrics of `certledger worker` on this port; 0 = off
    # The intake API (issue 5)
    max_files_per_request: int = 20  # files in one upload request
    # Seconds a live API key is trusted without asking the database again: a revocation takes effect
    # within this long (0 = ask on every request).
    api_key_cache_s: float = 2.0
    # Upload requests whose rows are written in one transaction, one commit (group commit): the writer
    # takes every upload waiting, up to this many; 1 = each upload commits on its own.
    upload_batch_max: int = 64
    webhook_max_attempts: int = 8  # POSTs of one event to one webhook before the delivery is given up
    webhook_min_backoff_s: float = 5.0  # first retry delay; doubles per attempt
    webhook_max_backoff_s: float = 3600.0
    webhook_timeout_s: float = 10.0  # per POST
    webhook_poll_s: float = 1.0  # how often the deliverer looks for due deliveries
    # Webhook URLs on loopback, private or link-local addresses are refused unless this is set
    # (a key holder could otherwise make the server POST into its own network).
    webhook_allow_private: bool = False
    # Reviewer UI: how long a sign-in lasts, whether its cookie is Secure (HTTPS only), page image dpi.
    session_hours: float = 12.0
    cookie_secure: bool = True
    page_image_dpi: int = 110

    def sqlalchemy_url(self) -> str:
        """The database to use: ``database_url``, else a SQLite file in ``data_dir``."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'certledger.db').as_posix()}"

    def extract_config(self) -> ExtractConfig:
        return ExtractConfig(
            render_dpi=self.render_dpi,
            max_pixels=self.max_pixels,
            max_pages=self.max_pages,
            max_bytes=self.max_upload_bytes,
            tesseract_timeout_s=self.tesseract_timeout_s,
            second_engine=self.second_engine,
            second_engine_det_side=self.second_engine_det_side,
            second_engine_runtime=self.second_engine_runtime,
            ocr_cache_dir=self.data_dir / "ocr-cache" if self.ocr_cache else None,
        )


def load_settings() -> Settings:
    return Settings()
