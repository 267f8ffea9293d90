"""Live API keys remembered for a few seconds, so that a request does not look its key up each time.

Only keys found live are kept, under the SHA-256 of their secret, for ``ttl_s`` seconds from their
lookup: a revocation takes effect on the next request after at most that long (unknown and revoked
keys are never cached, so a new key works at once and a refused one is asked about every time).
Used by the middleware on the event loop's thread only: no lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from certledger.tables import ApiKey

MAX_KEYS = 1024  # a bound on memory, whatever secrets are sent: past it the cache starts over


class KeyCache:
    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s, self._clock = ttl_s, clock
        self._keys: dict[str, tuple[float, ApiKey]] = {}

    def get(self, secret_sha256: str) -> ApiKey | None:
        """The live key cached for this secret, or None (never seen, expired, or caching is off)."""
        hit = self._keys.get(secret_sha256)
        if hit is None:
            return None
        if self._clock() >= hit[0]:
            del self._keys[secret_sha256]
            return None
        return hit[1]

    def put(self, secret_sha256: str, key: ApiKey) -> None:
        if self.ttl_s <= 0:
            return
        if len(self._keys) >= MAX_KEYS:
            self._keys.clear()
        self._keys[secret_sha256] = (self._clock() + self.ttl_s, key)
