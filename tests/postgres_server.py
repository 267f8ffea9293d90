"""A throwaway PostgreSQL cluster (initdb + pg_ctl) on a free port, for a test that restarts it.

The machine's shared server on 5432 is never restarted: other work uses it. As root, the cluster
runs as the ``postgres`` OS user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.conftest import unavailable
from tests.redis_server import free_port


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class PostgresServer:
    def __init__(self, bin_dir: Path, folder: Path, port: int, user: str | None) -> None:
        self.bin_dir = bin_dir
        self.folder = folder
        self.port = port
        self.user = user

    @classmethod
    def create(cls) -> PostgresServer:
        bin_dir = _bin_dir()
        if bin_dir is None:
            unavailable("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin")
            raise AssertionError("unreachable")
        user = None
        # Not under pytest's tmp: that folder is private to root, and the cluster runs as postgres.
        folder = Path(tempfile.mkdtemp(prefix="certledger-pg-"))
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                unavailable("running as root and there is no postgres user to run a cluster as")
            user = "postgres"
            os.chown(folder, owner.pw_uid, owner.pw_gid)
        server = cls(bin_dir, folder, free_port(), user)
        server._run("initdb", "-D", str(folder / "data"), "-A", "trust", "-U", "postgres", "--no-sync")
        server._ctl("start")
        return server

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def _ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-o", options, "-l", log, "-w", action, *extra)

    def restart(self) -> None:
        self._ctl("restart", "-m", "fast")

    def destroy(self) -> None:
        try:
            self._ctl("stop", "-m", "immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
