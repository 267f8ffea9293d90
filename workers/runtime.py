"""What the actors of this process work with: engine, blob store, catalog, and where CPU work runs.

A Redis worker process builds it from the settings on first use and reads inline (the process is
one of several started per core). An embedded worker installs its own, reading in a process pool
so that its in-process worker threads do not share one core.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any, Protocol, TypeVar

from sqlalchemy import Engine

from certledger.blobs import BlobStore, blob_store_from_url
from certledger.catalogs import current_catalog as catalog_in_force
from certledger.db import make_engine
from certledger.pipeline import RetryableFailure, init_reader_process
from certledger.settings import Settings, load_settings
from classify.catalog import Catalog
from verify.policy import Policy, default_policy

T = TypeVar("T")


class Runner(Protocol):
    """Runs a module-level function of certledger.pipeline (picklable arguments) and returns its value."""

    def __call__(self, fn: Callable[..., T], *args: Any) -> T: ...


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    engine: Engine
    store: BlobStore
    catalog: Catalog
    policy: Policy
    run: Runner

    def current_catalog(self) -> Catalog:
        """The catalog in force now: the newest version edited in the UI, else the configured file."""
        return catalog_in_force(self.engine, self.settings.catalog_path)


def inline_runner(settings: Settings) -> Runner:
    """CPU work in this process (a Redis worker process: one of several per machine).

    One reading at a time per process, whatever ``--threads`` says: reading is CPU-bound (more
    threads only share the core), and pdfium, which renders the pages, is not thread-safe.
    """
    init_reader_process(settings.extract_config(), settings.catalog_path)
    one_at_a_time = threading.Lock()

    def run(fn: Callable[..., T], *args: Any) -> T:
        with one_at_a_time:
            return fn(*args)

    return run


def build_runtime(settings: Settings, *, engine: Engine | None = None, run: Runner | None = None) -> Runtime:
    store = blob_store_from_url(
        settings.blob_url, settings.data_dir, s3_endpoint_url=settings.s3_endpoint_url
    )
    db = engine or make_engine(settings.sqlalchemy_url())
    return Runtime(
        settings=settings,
        engine=db,
        store=store,
        catalog=catalog_in_force(db, settings.catalog_path),
        policy=default_policy(),
        run=run or inline_runner(settings),
    )


class PoolRunner:
    """CPU work in a spawn process pool; a pool whose process died is replaced, the job retried."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn: children start clean (no inherited database connections or locks).
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=get_context("spawn"),
                    initializer=init_reader_process,
                    initargs=(self.settings.extract_config(), self.settings.catalog_path),
                )
            return self._pool

    def __call__(self, fn: Callable[..., T], *args: Any) -> T:
        pool = self._current()
        try:
            return pool.submit(fn, *args).result()
        except BrokenProcessPool as exc:  # killed, out of memory, a crash in a C library
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            raise RetryableFailure("worker_crashed", f"{type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


_current: Runtime | None = None
_lock = threading.Lock()


def install(runtime: Runtime | None) -> None:
    global _current
    with _lock:
        _current = runtime


def current() -> Runtime:
    """This process's runtime, built from the environment's settings on first use."""
    global _current
    with _lock:
        if _current is None:
            _current = build_runtime(load_settings())
        return _current
