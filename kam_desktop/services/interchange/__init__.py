"""The interchange file (format v1): a portfolio of accounts as one JSON document.

Import reads, checks and writes a batch of accounts at a time, within the caller's one
transaction, so that a refused file changes nothing; and it writes only real changes,
so importing a file twice, or importing one's own export, changes nothing. docs/interchange.md describes the format for users.

The modules, each using only those before it: format (what the file holds),
values (single values in and out), reading (JSON -> records), source (file -> JSON),
matching (records -> stored rows), importing (records -> database), exporting
(database -> file).
"""
from __future__ import annotations

from kam_desktop.services.interchange.exporting import export_document, write_document
from kam_desktop.services.interchange.format import FORMAT, VERSION
from kam_desktop.services.interchange.importing import (
    ImportSummary,
    import_document,
    import_file,
)
from kam_desktop.services.interchange.source import read_document

__all__ = ["FORMAT", "VERSION", "ImportSummary", "export_document", "import_document",
           "import_file", "read_document", "write_document"]
