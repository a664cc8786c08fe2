"""``kam-desktop backup``, ``backups`` and ``restore``: the backups beside the database."""
from __future__ import annotations

import argparse
from pathlib import Path

from kam_desktop.cli.language import say
from kam_desktop.domain.text import Text
from kam_desktop.store.database import Database


def _cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.store.backup import make_backup

    print(say(Text("Backup written: {path}", path=str(make_backup(db.engine, db.path)))))
    return 0


def _cmd_backups(db_path: Path, args: argparse.Namespace) -> int:
    from kam_desktop.services.restore import backups

    found = backups(db_path)
    if not found:
        print(say(Text("No backups of {path} yet. `kam-desktop backup` writes one.",
                       path=str(db_path))))
        return 0
    for entry in found:
        taken = entry.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{taken}  {entry.reason:<15} {entry.size / 1024:>9.0f} KB  {entry.path.name}")
    return 0


def _cmd_restore(db_path: Path, args: argparse.Namespace) -> int:
    from kam_desktop.services.restore import restore_backup

    result = restore_backup(db_path, args.backup)
    if result.migrated:
        restored = Text("Restored {backup} into {path} (migrated to the current schema)",
                        backup=str(result.backup), path=str(db_path))
    else:
        restored = Text("Restored {backup} into {path}", backup=str(result.backup),
                        path=str(db_path))
    print(say(restored))
    if result.kept:
        print(say(Text("The database as it was is kept as the backup {path}",
                       path=str(result.kept))))
    if result.damaged:
        print(say(Text("The damaged database as it was is kept as {path}",
                       path=str(result.damaged))))
    if result.erased_again:
        print(say(Text("{count} person(s) erased since the backup was taken were erased again",
                       count=len(result.erased_again))))
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="write a backup beside the database")
    backup.set_defaults(run=_cmd_backup)

    listing = commands.add_parser("backups", help="list the backups beside the database, "
                                                  "newest first")
    listing.set_defaults(run=_cmd_backups, opens_itself=True)

    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (the database as it is "
                        "now is backed up first)")
    restore.add_argument("backup", type=Path, metavar="BACKUP",
                         help="the backup's file, or its name in the backups folder")
    # the database may be too damaged to open: restoring is what it needs
    restore.set_defaults(run=_cmd_restore, writes=True, opens_itself=True)
