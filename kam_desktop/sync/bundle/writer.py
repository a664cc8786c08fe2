"""Writing a bundle: the members stream into the ZIP (and the ZIP through the cipher),
and the target file is replaced only when everything is written."""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kam_desktop.sync import crypto
from kam_desktop.sync.bundle.model import (
    FORMAT,
    MANIFEST,
    SEEN,
    TOMBSTONES,
    VERSION,
    Manifest,
    member_name,
)


class _Digest:
    """Counts the lines written to a ZIP member and hashes them on the way."""

    def __init__(self, target: Any) -> None:
        self.target, self.sha, self.lines = target, hashlib.sha256(), 0

    def line(self, value: Any) -> None:
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        self.sha.update(data)
        self.target.write(data)
        self.lines += 1


def write_bundle(path: Path, manifest: Manifest, tables: Iterable[tuple[str, Iterable[dict]]],
                 tombstones: Iterable[dict], seen: Iterable[dict],
                 password: str | None = None) -> None:
    """Write a bundle to ``path`` (atomically). ``tables`` gives each table's record
    lines in ascending id order, as JSON-ready dicts."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, partial = tempfile.mkstemp(prefix=".kam-bundle-", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            if password is None:
                _write_zip(out, manifest, tables, tombstones, seen)
            else:
                # the ZIP is built in memory and never touches the disk unencrypted
                plain = io.BytesIO()
                _write_zip(plain, manifest, tables, tombstones, seen)
                view = plain.getbuffer()
                crypto.encrypt((bytes(view[i:i + (1 << 20)])
                                for i in range(0, len(view), 1 << 20)), out, password)
                del view
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _write_zip(out: Any, manifest: Manifest, tables: Iterable[tuple[str, Iterable[dict]]],
               tombstones: Iterable[dict], seen: Iterable[dict]) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as zf:
        members: dict[str, tuple[int, str]] = {}

        def member(name: str, lines: Iterable[dict]) -> None:
            with zf.open(name, "w", force_zip64=True) as target:
                digest = _Digest(target)
                for line in lines:
                    digest.line(line)
            members[name] = (digest.lines, digest.sha.hexdigest())

        for table, lines in tables:
            member(member_name(table), lines)
        member(TOMBSTONES, tombstones)
        member(SEEN, seen)
        manifest.members = members
        zf.writestr(MANIFEST, json.dumps(_manifest_json(manifest), ensure_ascii=False,
                                         indent=1))


def _manifest_json(manifest: Manifest) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": manifest.app_version,
        "bundle": str(manifest.bundle_id),
        "made_at": manifest.made_at,
        "made_hlc": manifest.made_hlc,
        "replicas": [{"id": str(r.id), "name": r.name} for r in manifest.replicas],
        "source": manifest.source,
        "scope": None if manifest.scope is None else [str(a) for a in manifest.scope],
        "personal": manifest.personal,
        "members": {name: {"lines": lines, "sha256": sha}
                    for name, (lines, sha) in manifest.members.items()},
    }
