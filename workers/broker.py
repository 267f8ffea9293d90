"""The broker: Redis when a URL is set, else an in-process StubBroker; set before any actor is declared.

Importing this module sets dramatiq's global broker from the settings (so ``dramatiq workers.actors``
works as is). ``bind`` moves the declared actors onto another broker (an embedded worker's own).
"""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import CurrentMessage, Retries

from certledger.settings import Settings, load_settings
from workers.deadletters import DeadLetters


def make_broker(settings: Settings, *, embedded: bool | None = None) -> dramatiq.Broker:
    """A Redis broker for ``settings.redis_url``; a StubBroker when embedded (or no URL)."""
    broker: dramatiq.Broker
    if embedded is False or (embedded is None and settings.redis_url):
        assert settings.redis_url, "a Redis broker needs CERTLEDGER_REDIS_URL or REDIS_URL"
        broker = RedisBroker(  # type: ignore[no-untyped-call]
            url=settings.redis_url,
            namespace=settings.redis_namespace,
            heartbeat_timeout=settings.heartbeat_timeout_ms,
            maintenance_chance=settings.redis_maintenance_chance,
        )
    else:
        broker = StubBroker()
    _configure_retries(broker, settings)
    broker.add_middleware(CurrentMessage())  # the actors ask whether this is the last attempt
    # after_* hooks run in reverse order: placed before Retries, it sees what Retries decided.
    broker.add_middleware(DeadLetters(), before=Retries)
    return broker


def _configure_retries(broker: dramatiq.Broker, settings: Settings) -> None:
    for middleware in broker.middleware:
        if isinstance(middleware, Retries):
            middleware.max_retries = settings.max_retries
            middleware.min_backoff = settings.retry_min_backoff_ms
            middleware.max_backoff = settings.retry_max_backoff_ms


def bind(broker: dramatiq.Broker, actors: list[dramatiq.Actor[..., object]]) -> None:
    """Make ``broker`` the global one and move ``actors`` onto it."""
    dramatiq.set_broker(broker)
    for actor in actors:
        actor.broker = broker
        broker.declare_actor(actor)


dramatiq.set_broker(make_broker(load_settings()))
