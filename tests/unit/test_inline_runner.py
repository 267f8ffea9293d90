"""A Redis worker's inline runner reads one document at a time per process, whatever its thread count."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from certledger.settings import Settings
from workers.runtime import inline_runner


def test_threads_of_one_worker_process_read_one_at_a_time(tmp_path: Path) -> None:
    run = inline_runner(Settings(data_dir=tmp_path))
    inside, most = 0, 0
    guard = threading.Lock()

    def reading(n: int) -> int:
        nonlocal inside, most
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1
        return n

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda n: run(reading, n), range(24)))
    assert (results, most) == (list(range(24)), 1)
