"""``kam-desktop sync …``: exchange bundles with colleagues' laptops."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from kam_desktop.cli import server
from kam_desktop.cli.language import say
from kam_desktop.cli.terminal import print_json
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.database import Database


def _password(path: Path | None) -> str | None:
    """The password in the file's first line (None without a file)."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), Text("cannot read the password file: {reason}",
                                         reason=getattr(error, "strerror", None) or str(error))
                         ) from None
    if not lines or not lines[0]:
        raise InputError(str(path), Text("the password file is empty"))
    return lines[0]


def _cmd_sync_export(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.sync import UnlockedPersonalNotes, export_bundle

    password = _password(args.password_file)
    try:
        with db.transaction() as session:
            result = export_bundle(session, path=args.output, account_names=args.account,
                                   password=password, allow_unlocked=args.no_password,
                                   with_personal=args.with_personal)
    except UnlockedPersonalNotes:
        raise InputError(str(args.output), Text(
            "the bundle would carry personal notes unlocked: give --password-file F, or "
            "--no-password to write it unlocked all the same")) from None
    if result.encrypted:
        written = Text("Bundle of {count} account(s) written to {path} (encrypted)",
                       count=result.accounts, path=str(result.path))
    else:
        written = Text("Bundle of {count} account(s) written to {path}",
                       count=result.accounts, path=str(result.path))
    print(say(written))
    print(say(Text("It carries the personal questionnaires.") if result.personal else
              Text("It carries no personal questionnaires (--with-personal adds them).")))
    return 0


def _cmd_sync_import(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.sync import receive_bundle

    password = _password(args.password_file)
    result = receive_bundle(db, path=args.file, password=password)
    if result.already_imported:
        print(say(Text("Already imported: {file} from {source} (made {made}) brings nothing "
                       "new; nothing changed.", file=str(args.file), source=result.source,
                       made=str(result.made_at))))
        return 0
    print(say(Text("Imported {file} from {source} (made {made}): {added} account(s) added, "
                   "{updated} updated, {deleted} deleted, {conflicts} conflict(s)",
                   file=str(args.file), source=result.source, made=str(result.made_at),
                   added=result.added, updated=result.updated, deleted=result.deleted,
                   conflicts=result.conflicts))
          + (say(Text(", {count} person(s) erased", count=len(result.erased)))
             if result.erased else ""))
    print_changes(result)
    return 0


def print_changes(result) -> None:
    """What a merge changed, one line per account (an ImportResult)."""
    for _, changes in result.accounts:
        if changes.added:
            print("  " + say(Text("added: {name}", name=changes.name)))
        elif changes.deleted:
            print("  " + say(Text("deleted: {name}", name=changes.name)))
        elif changes.changed:
            print("  " + say(Text(
                "updated: {name}: {added} record(s) added, {changed} changed, {deleted} "
                "deleted, {conflicts} conflict(s)", name=changes.name,
                added=changes.records_added, changed=changes.records_updated,
                deleted=changes.records_deleted, conflicts=changes.conflicts)))
    for name in result.held_back:
        print("  " + say(Text("held back: {name}: the sender had not yet received the erasure "
                              "of a person there; its changes come with its next bundle",
                              name=name)))


def _cmd_sync_conflicts(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.sync import list_conflicts

    with db.sessions() as session:
        conflicts = list_conflicts(session)
    if args.json:
        print_json(conflicts)
        return 0
    if not conflicts:
        print(say(Text("No conflicts.")))
        return 0
    def when(moment) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"

    for c in conflicts:
        place = f"{c.account} / {c.table} {c.record or c.record_id}" + (
            f" / {c.field}" if c.field else "")
        print(f"{place} [{c.kind}" + (say(Text(", switched")) if c.switched else "") + "]")
        print("  " + say(Text("in use: {value} ({by}, {at})",
                              value=json.dumps(c.value, ensure_ascii=False),
                              by=c.value_by or "—", at=when(c.value_at))))
        print("  " + say(Text("other: {value} ({by}, {at})",
                              value=json.dumps(c.other_value, ensure_ascii=False),
                              by=c.other_by or "—", at=when(c.other_at))))
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser(
        "sync", help="exchange with colleagues' laptops: bundles, or the team server")
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write a bundle of the portfolio or of accounts")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.add_argument("--account", action="append", metavar="NAME",
                     help="only this account (repeatable)")
    exp.add_argument("--with-personal", action="store_true",
                     help="include the contacts' personal questionnaires (left out unless "
                          "asked; the receiver's own are never removed by a bundle without "
                          "them)")
    lock = exp.add_mutually_exclusive_group()
    lock.add_argument("--password-file", type=Path, metavar="F",
                      help="encrypt with the password in the first line of F (a password "
                           "that is easy to guess is refused)")
    lock.add_argument("--no-password", action="store_true",
                      help="write the bundle unlocked even though it holds personal "
                           "notes (with --with-personal)")
    exp.set_defaults(run=_cmd_sync_export, writes=True)
    imp = actions.add_parser("import", help="merge a bundle from a colleague")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--password-file", type=Path, metavar="F",
                     help="the password of an encrypted bundle, in the first line of F")
    imp.set_defaults(run=_cmd_sync_import, writes=True)
    conflicts = actions.add_parser("conflicts", help="list the values that lost in a merge")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(run=_cmd_sync_conflicts)
    server.add_sync_actions(actions)
