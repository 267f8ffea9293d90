"""Every setting, from environment variables (prefix CERTLEDGER_), built by a function, never at import."""

from __future__ import annotations

from pathlib import Path

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
    ocr_cache: bool = True  # keep OCR results by page-image hash under data_dir/ocr-cache
    workers: int = 0  # processes for bulk extraction; 0 = one per core
    # None = SQLite under data_dir. DATABASE_URL too (what hosts and images set); the prefixed one wins.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("CERTLEDGER_DATABASE_URL", "DATABASE_URL", "database_url")
    )
    blob_url: str | None = None  # s3://bucket/prefix, or a folder; None = data_dir/blobs
    s3_endpoint_url: str | None = None  # an S3-compatible server (MinIO, moto); None = AWS

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
            ocr_cache_dir=self.data_dir / "ocr-cache" if self.ocr_cache else None,
        )


def load_settings() -> Settings:
    return Settings()
