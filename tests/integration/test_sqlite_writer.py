"""SQLite's writer turn (``db.sqlite_writer``) is held by one process at a time, not only one thread."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from certledger.db import make_engine, sqlite_writer


def _hold(url: str, held: multiprocessing.synchronize.Event, seconds: float) -> None:
    engine = make_engine(url)
    with sqlite_writer(engine):
        held.set()
        time.sleep(seconds)


def test_a_second_process_waits_for_the_writer_turn(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    ctx = multiprocessing.get_context("spawn")
    held = ctx.Event()
    other = ctx.Process(target=_hold, args=(url, held, 1.0))
    other.start()
    assert held.wait(30), "the other process never took the turn"
    started = time.monotonic()
    with sqlite_writer(make_engine(url)):
        waited = time.monotonic() - started
    other.join(30)
    assert 0.5 < waited < 10
