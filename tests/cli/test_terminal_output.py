"""Nothing we print can drive the terminal: names from other people's files reach the
screen without escape sequences or bidirectional overrides."""
from __future__ import annotations

import json
from pathlib import Path

from kam_desktop.cli.terminal import terminal_safe

UNSAFE_SAMPLES = ["\x1b[2J", "\x1b]0;pwned\x07", "\x9b31m", "\r", "\x08", "\x00",
                  "\u202e", "\u2066", "\u200f"]


def test_escape_sequences_and_bidi_overrides_are_dropped_but_lines_stay():
    assert terminal_safe("АО \x1b[31mВектор\x1b[0m\tок\n") == "АО [31mВектор[0m\tок\n"
    assert terminal_safe("abc\u202eexe.pdf") == "abcexe.pdf"
    for sample in UNSAFE_SAMPLES:
        assert terminal_safe(f"a{sample}b").startswith("a")
        assert not any(ch in terminal_safe(f"a{sample}b") for ch in sample
                       if ord(ch) < 32 or 0x7f <= ord(ch) <= 0x9f or ch in "\u202e\u2066\u200f")


def test_an_error_naming_a_hostile_file_reaches_stderr_clean(cli, db_path: Path,
                                                            tmp_path: Path):
    name = "клиенты\x1b[2J\x1b]0;pwned\x07\u202e.csv"
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"name": "Клиент"}), encoding="utf-8")
    result = cli("import-table", str(tmp_path / name), "--map", str(mapping), db=db_path)
    assert result.returncode == 2
    assert "клиенты[2J]0;pwned.csv" in result.stderr
    assert not any(ch in result.stderr for ch in "\x1b\x07\u202e")


def test_names_from_an_imported_document_print_clean(cli, db_path: Path, tmp_path: Path):
    """A name may hold a right-to-left override (the rules let it be stored); printed,
    it reads as written, on import and in the list of accounts."""
    assert cli("demo", "--accounts", "2", db=db_path).returncode == 0
    document_path = tmp_path / "portfolio.json"
    assert cli("export", str(document_path), db=db_path).returncode == 0
    document = json.loads(document_path.read_text(encoding="utf-8"))
    document["accounts"][0]["name"] = "Вектор\u202eTXT.exe"
    document_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    imported = cli("import", str(document_path), db=db_path)
    listing = cli("accounts", db=db_path)
    assert imported.returncode == 0 and listing.returncode == 0, imported.stderr
    assert "updated: ВекторTXT.exe" in imported.stdout
    assert "ВекторTXT.exe" in listing.stdout
    assert "\u202e" not in imported.stdout + listing.stdout
