"""The folder blob store writes a blob whole, readable by other users, and durably (file and name)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from certledger import blobs
from certledger.blobs import FolderBlobStore


def test_a_put_fsyncs_the_file_then_its_folder_and_leaves_a_readable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a strict umask the blob is still 0644; the bytes are fsynced before the rename, the
    folder after it (the new name survives a power loss), and no temp file is left."""
    synced: list[str] = []
    fsync = os.fsync

    def recording(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        fsync(fd)

    monkeypatch.setattr(blobs.os, "fsync", recording)
    old_umask = os.umask(0o077)
    try:
        store = FolderBlobStore(tmp_path / "blobs")
        sha = store.put(b"%PDF-1.4 some bytes")
        again = store.put(b"%PDF-1.4 some bytes")  # already stored: nothing written
    finally:
        os.umask(old_umask)
    path = store.path(sha)
    assert (sha, synced, store.get(sha)) == (again, ["file", "folder"], b"%PDF-1.4 some bytes")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == [sha]
