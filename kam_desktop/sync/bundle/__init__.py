"""The bundle file: a ZIP of ``manifest.json`` and JSON Lines, optionally encrypted
(:mod:`kam_desktop.sync.crypto`).

What a bundle holds and the limits on reading it are in :mod:`.model`; :mod:`.writer`
writes one; :mod:`.reader` reads one defensively, with the strict JSON of
:mod:`.strict_json` and the schema checks of :mod:`.lines`. The format is described in
docs/sync-format.md.
"""
from kam_desktop.sync.bundle.model import (
    KNOWN_MEMBERS,
    MANIFEST,
    PERSONAL_TABLES,
    SEEN,
    TOMBSTONES,
    Manifest,
    Record,
    Replica,
    Tombstone,
    member_name,
)
from kam_desktop.sync.bundle.reader import BundleReader
from kam_desktop.sync.bundle.writer import write_bundle

__all__ = ["KNOWN_MEMBERS", "MANIFEST", "PERSONAL_TABLES", "SEEN", "TOMBSTONES", "BundleReader", "Manifest",
           "Record", "Replica", "Tombstone", "member_name", "write_bundle"]
