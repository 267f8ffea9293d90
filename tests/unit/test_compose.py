"""docker-compose.yml parses, wires every service it needs, and runs only real images and commands."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import yaml

from certledger.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]
# Every `certledger X` the file runs must exist (serve landed with the HTTP API, issue 5).
PENDING_COMMANDS: set[str] = set()
OFFICIAL_IMAGE = re.compile(r"^(redis|postgres|minio/minio|minio/mc):[\w.-]+$")


def _commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_part_is_there_with_a_health_check() -> None:
    """API, worker, Redis, PostgreSQL and MinIO, each with a health check; data on named volumes."""
    expected = {"api", "worker", "redis", "postgres", "minio"}
    healthy = {name for name, s in SERVICES.items() if "healthcheck" in s}
    named = {v.split(":")[0] for s in SERVICES.values() for v in s.get("volumes", [])}
    assert (expected <= set(SERVICES), expected <= healthy, named <= set(COMPOSE["volumes"])) == (
        True,
        True,
        True,
    )


def test_the_worker_scales() -> None:
    """No fixed container name or host port on the worker: `--scale worker=N` can start N of them."""
    worker = SERVICES["worker"]
    assert ("container_name" in worker, "ports" in worker) == (False, False)


def test_certledger_services_run_real_commands_of_the_project() -> None:
    """Every `certledger X` in the file is a subcommand of the CLI; other images are official ones."""
    used = {s["command"][1] for s in SERVICES.values() if s.get("command", [None])[0] == "certledger"}
    images = {s["image"] for s in SERVICES.values() if not s["image"].startswith("certledger:")}
    assert {"worker", "db"} <= used
    assert used - _commands() <= PENDING_COMMANDS
    assert [i for i in images if not OFFICIAL_IMAGE.match(i)] == []


def test_the_image_holds_every_package() -> None:
    """The Dockerfile copies each package the distribution installs."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    packages = ("certledger", "ingest", "extract", "classify", "verify", "workers")
    assert [p for p in packages if f"COPY {p} ./{p}" not in dockerfile] == []
