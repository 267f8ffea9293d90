"""The API's cache of live keys: entries expire after their time, and nothing is kept with ttl 0."""

from __future__ import annotations

from certledger.api.key_cache import MAX_KEYS, KeyCache
from certledger.tables import ApiKey


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _key(n: int = 1) -> ApiKey:
    return ApiKey(id=n, name=f"k{n}", key_sha256=f"{n:064x}", prefix="cl_x", scopes=["read"])


def test_a_key_is_remembered_until_its_time_is_up() -> None:
    clock = Clock()
    cache = KeyCache(2.0, clock)
    cache.put("a", _key())
    clock.now += 1.99
    remembered = cache.get("a")
    clock.now += 0.01
    assert (remembered is not None, cache.get("a"), cache.get("never seen")) == (True, None, None)


def test_ttl_zero_remembers_nothing() -> None:
    cache = KeyCache(0.0)
    cache.put("a", _key())
    assert cache.get("a") is None


def test_the_cache_is_bounded() -> None:
    cache = KeyCache(60.0)
    for n in range(MAX_KEYS + 1):
        cache.put(str(n), _key(n))
    assert cache.get("0") is None and cache.get(str(MAX_KEYS)) is not None
    assert len(cache._keys) <= MAX_KEYS
