"""The command line: ``kam-desktop [--db PATH] COMMAND``. Without a command it starts
the GUI. Every command calls the same services as the GUI.

Bad input ends with one line on stderr and exit code 2; nothing is changed. A command
that writes refuses a database open in a window (its undo history and views would not
know); commands that only read may go on. Messages follow the locale, or ``--lang``
(see language.py).
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Callable

import kam_desktop
from kam_desktop.cli import (
    backups, contacts, groups, handover, holdings, losses, rates, reports, server, sync,
    tables,
)
from kam_desktop.cli.language import say, set_language
from kam_desktop.cli.terminal import print_json, safe_output
from kam_desktop.domain import glossary
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.faults import DatabaseFault, database_faults
from kam_desktop.store.database import DB_ENV, Database, default_db_path, open_database
from kam_desktop.store.migrations import ForeignDatabaseError, NewerSchemaError
from kam_desktop.store.window_lock import open_in_window

EXIT_BAD_INPUT = 2


def _cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.demo import load_demo

    with db.transaction() as session:
        summary = load_demo(session, accounts=args.accounts, seed=args.seed, today=date.today())
    print(say(Text("Demo portfolio loaded: {count} accounts into {path}",
                   count=summary["account"], path=str(db.path))))
    return 0


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services import interchange

    with db.transaction() as session:
        summary = interchange.import_file(session, args.file)
    print(say(Text("Imported {file}: {added} added, {updated} updated, {unchanged} unchanged",
                   file=str(args.file), added=len(summary.added),
                   updated=len(summary.updated), unchanged=len(summary.unchanged))))
    for name in summary.added:
        print("  " + say(Text("added: {name}", name=name)))
    for name in summary.updated:
        print("  " + say(Text("updated: {name}", name=name)))
    return 0


def _cmd_export(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services import interchange

    with db.sessions() as session:
        document = interchange.export_document(session, args.account or None)
    interchange.write_document(args.file, document)
    print(say(Text("Exported {count} accounts to {file}", count=len(document["accounts"]),
                   file=str(args.file))))
    return 0


def _cmd_accounts(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.portfolio import list_accounts

    with db.sessions() as session:
        rows = list_accounts(session, today=date.today(),
                             main_currency=rates.main_currency(args))
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(say(Text("No accounts. Try `kam-desktop demo` or `kam-desktop import FILE`.")))
        return 0
    words = glossary.TERMS[args.lang]
    headers = tuple(words[key] for key in ("account", "category", "stage", "abc", "owner",
                                           "contacts"))
    table = [(r.name, glossary.name(args.lang, r.category),
              glossary.name(args.lang, r.lifecycle), r.abc.value if r.abc else "—",
              r.owner or "—", str(r.contacts)) for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    for row in (headers, *table):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    left_out = sorted({r.currency for r in rows if r.no_rate})
    if left_out:
        print(f"ABC: no rate of {', '.join(left_out)} to {rates.main_currency(args)} for the "
              "last full year; those accounts (—) are not compared "
              "(`kam-desktop rates import`)")
    return 0


def _cmd_check(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.store.integrity import check_database

    result = check_database(db.engine)
    if result.ok:
        print(say(Text("OK: {path} passes the integrity check (schema {revision})",
                       path=str(db.path), revision=result.schema_revision)))
        return 0
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return 1


def _cmd_contact_erase(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.contacts import same_person
    from kam_desktop.services.erasure import erase_person, find_contact

    with db.sessions() as session:
        contact_id = find_contact(session, account_name=args.account, contact_name=args.contact)
        records = same_person(session, contact_id)
    elsewhere = sorted(name for _, name in records[1:])
    also = say(Text(" (also their records at {accounts})", accounts=", ".join(elsewhere))) \
        if elsewhere else ""
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("--yes", Text("erasing cannot be undone: confirm with --yes"))
        answer = input(say(Text("Erase everything about {contact} ({account}){also} from this "
                                "laptop, backups included? This cannot be undone. [y/N] ",
                                contact=args.contact, account=args.account, also=also)))
        if answer.strip().lower() not in ("y", "yes", "д", "да"):
            print(say(Text("Nothing erased.")))
            return 0
    scrubbed = erase_person(db, contact_id=contact_id, erased_by=args.by)
    print(say(Text("Erased{also}. {count} backup(s) scrubbed too.", also=also, count=scrubbed)))
    return 0


class _PrintVersion(argparse.Action):
    """``--version``, reading the version only when asked (not on every start)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"{parser.prog} {kam_desktop.__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kam-desktop",
        description="KAM Desktop: key-account management. Without a command, opens the window.",
    )
    parser.add_argument("--version", action=_PrintVersion, nargs=0,
                        help="show the version and exit")
    parser.add_argument("--lang", dest="language", choices=("ru", "en"),
                        help="the language of the messages (default: the locale's)")
    parser.add_argument("--receive", type=Path, metavar="FILE",
                        help="open the window and receive this exchange file from a colleague")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help=f"the database file (default: ${DB_ENV} or {default_db_path()})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a demo portfolio")
    demo.add_argument("--accounts", type=int, default=60, metavar="N",
                      help="how many accounts (default 60)")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="the same seed gives the same portfolio (default 1)")
    demo.set_defaults(run=_cmd_demo, writes=True)

    imp = commands.add_parser("import", help="add or update accounts from an interchange file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(run=_cmd_import, writes=True)

    exp = commands.add_parser("export", help="write accounts to an interchange file")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--account", action="append", metavar="NAME",
                     help="export only this account (repeatable)")
    exp.set_defaults(run=_cmd_export)

    accounts = commands.add_parser("accounts", help="list the accounts of the portfolio")
    accounts.add_argument("--json", action="store_true", help="print JSON")
    rates.add_main_currency_option(accounts)
    accounts.set_defaults(run=_cmd_accounts)

    check = commands.add_parser("check", help="check the database's integrity")
    check.set_defaults(run=_cmd_check, read_only=True)  # reports an old schema, never migrates

    backups.add_commands(commands)
    reports.add_commands(commands)
    handover.add_commands(commands)
    holdings.add_commands(commands)
    tables.add_commands(commands)
    sync.add_commands(commands)
    server.add_server_command(commands)
    rates.add_commands(commands)
    losses.add_commands(commands)
    groups.add_commands(commands)

    contact = commands.add_parser("contact", help="act on one contact")
    contact_actions = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    erase = contact_actions.add_parser(
        "erase", help="erase everything about a person from this laptop, backups included")
    erase.add_argument("--account", required=True, metavar="NAME")
    erase.add_argument("--contact", required=True, metavar="NAME")
    erase.add_argument("--by", metavar="NAME", help="who erases (kept in the erasure log)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=_cmd_contact_erase, writes=True)
    contacts.add_export(contact_actions)
    return parser


def main(argv: list[str] | None = None) -> int:
    with safe_output():
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    language = set_language(args.language)
    if not hasattr(args, "lang"):  # the commands without their own --lang print in ours
        args.lang = language
    if args.command is None:
        from kam_desktop.ui.app import run_gui

        return run_gui(db_path=args.db, receive=args.receive)
    run: Callable[[Database, argparse.Namespace], int] = args.run
    path = args.db or default_db_path()
    if getattr(args, "writes", False) and not getattr(args, "dry_run", False) \
            and open_in_window(path):
        return _fail(Text("the database {path} is open in KAM Desktop; close its window "
                          "first, or do this in the window (File menu)", path=str(path)))
    if getattr(args, "opens_itself", False):
        return _run_on_path(run, path, args)
    try:
        with database_faults(path):
            db = open_database(args.db, migrate=not getattr(args, "read_only", False))
    except DatabaseFault as fault:
        return _fail(Text("cannot open the database {path}: {reason}", path=str(path),
                          reason=fault.message))
    except (NewerSchemaError, ForeignDatabaseError, OSError) as error:
        return _fail(Text("cannot open the database {path}: {reason}", path=str(path),
                          reason=str(error)))
    try:
        with database_faults(db.path):  # locked, read-only, full, damaged: one line
            return run(db, args)
    except InputError as error:
        return _refuse(error)
    except BrokenPipeError:  # the reader of our output went away (`| head`)
        sys.stdout = open(os.devnull, "w")
        return 0
    except OSError as error:  # e.g. no room or no permission for a backup or an export
        return _fail(f"{error.filename}: {error.strerror}" if error.filename else str(error))
    finally:
        db.close()


def _run_on_path(run: Callable[[Path, argparse.Namespace], int], path: Path,
                 args: argparse.Namespace) -> int:
    """A command that opens the database file itself, or not at all."""
    try:
        with database_faults(path):
            return run(path, args)
    except InputError as error:
        return _refuse(error)
    except OSError as error:
        return _fail(f"{error.filename}: {error.strerror}" if error.filename else str(error))


def _refuse(error: InputError) -> int:
    return _fail(f"{error.where}: {say(error.message)}" if error.where else say(error.message))


def _fail(message: str) -> int:
    print(say(Text("kam-desktop: error: {message}", message=message)), file=sys.stderr)
    return EXIT_BAD_INPUT
