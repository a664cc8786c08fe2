"""The command line: ``kam-desktop [--db PATH] COMMAND``. Without a command it starts
the GUI. Every command calls the same services as the GUI.

Bad input ends with one line on stderr and exit code 2; nothing is changed. A command
that writes refuses a database open in a window (its undo history and views would not
know); commands that only read may go on.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy.exc import DatabaseError

from kam_desktop import __version__
from kam_desktop.services.errors import InputError
from kam_desktop.store.database import DB_ENV, Database, default_db_path, open_database
from kam_desktop.store.migrations import ForeignDatabaseError, NewerSchemaError
from kam_desktop.store.window_lock import open_in_window

EXIT_BAD_INPUT = 2


def _cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.demo import load_demo

    with db.transaction() as session:
        summary = load_demo(session, accounts=args.accounts, seed=args.seed, today=date.today())
    print(f"Demo portfolio loaded: {summary['account']} accounts into {db.path}")
    return 0


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services import interchange

    document = interchange.read_document(args.file)
    with db.transaction() as session:
        summary = interchange.import_document(session, document)
    print(f"Imported {args.file}: {len(summary.added)} added, {len(summary.updated)} updated, "
          f"{len(summary.unchanged)} unchanged")
    for label, names in (("added", summary.added), ("updated", summary.updated)):
        for name in names:
            print(f"  {label}: {name}")
    return 0


def _cmd_export(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services import interchange

    with db.sessions() as session:
        document = interchange.export_document(session, args.account or None)
    interchange.write_document(args.file, document)
    print(f"Exported {len(document['accounts'])} accounts to {args.file}")
    return 0


def _cmd_accounts(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.portfolio import list_accounts

    with db.sessions() as session:
        rows = list_accounts(session, today=date.today())
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not rows:
        print("No accounts. Try `kam-desktop demo` or `kam-desktop import FILE`.")
        return 0
    headers = ("Name", "Category", "Lifecycle", "ABC", "Owner", "Contacts")
    table = [(r.name, r.category.value, r.lifecycle.value, r.abc.value, r.owner or "—",
              str(r.contacts)) for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    for row in (headers, *table):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


def _cmd_check(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.store.integrity import check_database

    result = check_database(db.engine)
    if result.ok:
        print(f"OK: {db.path} passes the integrity check (schema {result.schema_revision})")
        return 0
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return 1


def _cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.store.backup import make_backup

    print(f"Backup written: {make_backup(db.engine, db.path)}")
    return 0


def _issuer(args: argparse.Namespace):
    """Who the report is from, as its options say (see _add_issuer_options)."""
    from kam_desktop.services.reports.issuer import make_issuer

    return make_issuer(company=getattr(args, "supplier", ""), logo=getattr(args, "logo", None),
                       name=args.author, position=args.position,
                       phone=getattr(args, "phone", ""), email=getattr(args, "email", ""))


def _cmd_report_value_dossier(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.reports.value_dossier import build_value_dossier
    from kam_desktop.services.reports import value_dossier_data

    issuer = _issuer(args)
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=args.account, date_from=args.date_from,
                                  date_to=args.date_to, departments=args.department,
                                  show_cost=not args.no_cost)
    build_value_dossier(data, args.lang, args.output, issuer)
    print(f"Value dossier of {data.client_name} written to {args.output}")
    return 0


def _cmd_report_portfolio(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.reports.portfolio import build_portfolio_report
    from kam_desktop.services.reports import portfolio_data

    issuer = _issuer(args)
    with db.sessions() as session:
        data = portfolio_data(session, today=date.today(), categories=args.category,
                              owners=args.owner)
    build_portfolio_report(data, args.lang, args.output, issuer)
    print(f"Portfolio report of {len(data.accounts)} accounts written to {args.output}")
    return 0


def _cmd_report_meeting_pack(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.reports.meeting_pack import build_meeting_pack
    from kam_desktop.services.reports import meeting_pack_data

    issuer = _issuer(args)
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name=args.account,
                                 attendees=args.attendee or [], today=date.today())
    build_meeting_pack(data, args.lang, args.output, issuer)
    print(f"Meeting pack for {data.name} written to {args.output}")
    return 0


def _cmd_contact_erase(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.contacts import same_person
    from kam_desktop.services.erasure import erase_person, find_contact

    with db.sessions() as session:
        contact_id = find_contact(session, account_name=args.account, contact_name=args.contact)
        records = same_person(session, contact_id)
    elsewhere = sorted(name for _, name in records[1:])
    also = f" (also their records at {', '.join(elsewhere)})" if elsewhere else ""
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("--yes", "erasing cannot be undone: confirm with --yes")
        answer = input(f"Erase everything about {args.contact} ({args.account}){also} from "
                       "this laptop, backups included? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "д", "да"):
            print("Nothing erased.")
            return 0
    scrubbed = erase_person(db, contact_id=contact_id, erased_by=args.by)
    print(f"Erased{also}. {scrubbed} backup(s) scrubbed too.")
    return 0


def _cmd_import_table(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.table_import import (
        apply_import,
        load_mapping,
        plan_import,
        resolve_mapping,
    )
    from kam_desktop.services.tabular import ENCODING_NAMES, read_table

    table = read_table(args.file)
    mapping = load_mapping(args.map)
    try:
        columns = resolve_mapping(mapping, table)
    except InputError as error:
        raise InputError(f"{args.map}: {error.where}", error.message) from None
    if table.kind == "csv":
        shape = (f"CSV, {ENCODING_NAMES[table.encoding]}, delimiter {table.delimiter!r}, "
                 f"header on line {table.header_line}")
    else:
        shape = f"XLSX, sheet {table.sheet!r}, header on row {table.header_line}"
    print(f"{args.file}: {shape}, {len(table.rows)} rows")
    with db.sessions() as session:
        plan = plan_import(session, table=table, columns=columns)
    print(f"  accounts to add: {len(plan.accounts_added)}, to update: "
          f"{len(plan.accounts_updated)}, unchanged: {len(plan.accounts_unchanged)}")
    print(f"  contacts to add: {len(plan.contacts_added)}, to update: "
          f"{len(plan.contacts_updated)}")
    print(f"  good rows: {plan.good_rows}, bad rows: {len(plan.bad_lines)}")
    for bad in plan.bad:
        print(f"    line {bad.line}" + (f", {bad.column}" if bad.column else "")
              + f": {bad.problem}")
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if plan.bad and not args.skip_bad:
        raise InputError(str(args.file), f"{len(plan.bad_lines)} bad row(s), nothing imported: "
                                         f"fix the file, or pass --skip-bad to import the "
                                         f"{plan.good_rows} good row(s) only")
    with db.transaction() as session:
        plan = apply_import(session, table=table, columns=columns)
    print(f"Imported {plan.good_rows} row(s): {len(plan.accounts_added)} accounts added, "
          f"{len(plan.accounts_updated)} updated; {len(plan.contacts_added)} contacts added, "
          f"{len(plan.contacts_updated)} updated")
    return 0


def _cmd_export_table(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.table_export import account_ids_by_name, export_table

    if args.output.suffix.lower() not in (".csv", ".xlsx"):
        raise InputError(str(args.output), "the file name must end in .csv or .xlsx")
    with db.sessions() as session:
        ids = account_ids_by_name(session, args.account) if args.account else None
        count = export_table(session, kind=args.kind, path=args.output, language=args.lang,
                             today=date.today(), account_ids=ids)
    print(f"{count} row(s) written to {args.output}")
    return 0


def _cmd_calendar(db: Database, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kam_desktop.services.calendar import calendar_items, write_calendar
    from kam_desktop.services.table_export import account_ids_by_name
    from kam_desktop.store.models import Account

    with db.sessions() as session:
        ids = account_ids_by_name(session, args.account) if args.account else None
        if args.owner is not None and session.scalar(
                select(Account.id).where(Account.owner == args.owner).limit(1)) is None:
            raise InputError("--owner", f"no account has the owner {args.owner!r}")
        items = calendar_items(session, language=args.lang, account_ids=ids, owner=args.owner)
    write_calendar(args.output, items, language=args.lang)
    print(f"{len(items)} event(s) written to {args.output}")
    return 0


def _add_table_commands(commands: argparse._SubParsersAction) -> None:
    imp = commands.add_parser("import-table",
                              help="add or update accounts and contacts from a CSV or XLSX file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--map", type=Path, required=True, metavar="MAPPING.json",
                     help="which column feeds which field (docs/table-import.md)")
    imp.add_argument("--dry-run", action="store_true",
                     help="only report what would be added, updated and refused")
    imp.add_argument("--skip-bad", action="store_true",
                     help="import the good rows even when some rows are bad")
    imp.set_defaults(run=_cmd_import_table, writes=True)

    exp = commands.add_parser("export-table",
                              help="write a table of the portfolio to a CSV or XLSX file")
    exp.add_argument("kind", choices=("portfolio", "contacts", "actions", "value"))
    exp.add_argument("--account", action="append", metavar="NAME",
                     help="only this account (repeatable)")
    exp.add_argument("--lang", choices=("ru", "en"), default="ru",
                     help="language of the headers; CSV: ru uses ';' and decimal commas, "
                          "en ',' and decimal points (default ru)")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    exp.set_defaults(run=_cmd_export_table)

    cal = commands.add_parser("calendar",
                              help="write open next steps and plan actions to an .ics file")
    cal.add_argument("--account", action="append", metavar="NAME",
                     help="only this account (repeatable)")
    cal.add_argument("--owner", metavar="NAME", help="only the accounts of this manager")
    cal.add_argument("--lang", choices=("ru", "en"), default="ru",
                     help="language of the event descriptions (default ru)")
    cal.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics")
    cal.set_defaults(run=_cmd_calendar)


def _password(path: Path | None) -> str | None:
    """The password in the file's first line (None without a file)."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the password file: "
                                    f"{getattr(error, 'strerror', None) or error}") from None
    if not lines or not lines[0]:
        raise InputError(str(path), "the password file is empty")
    return lines[0]


def _cmd_sync_export(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.sync import UnlockedPersonalNotes, export_bundle

    password = _password(args.password_file)
    try:
        with db.transaction() as session:
            result = export_bundle(session, path=args.output, account_names=args.account,
                                   password=password, allow_unlocked=args.no_password)
    except UnlockedPersonalNotes:
        raise InputError(str(args.output), "the bundle would carry personal notes unlocked: "
                                           "give --password-file F, or --no-password to write "
                                           "it unlocked all the same") from None
    print(f"Bundle of {result.accounts} account(s) written to {result.path}"
          + (" (encrypted)" if result.encrypted else ""))
    return 0


def _cmd_sync_import(db: Database, args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from kam_desktop.services.sync import receive_bundle

    password = _password(args.password_file)
    try:
        result = receive_bundle(db, path=args.file, password=password)
    except SQLAlchemyError as error:
        raise InputError(str(args.file), f"the import failed and nothing was imported: "
                                         f"{getattr(error, 'orig', None) or error}") from None
    if result.already_imported:
        print(f"Already imported: {args.file} from {result.source} (made {result.made_at}) "
              "brings nothing new; nothing changed.")
        return 0
    print(f"Imported {args.file} from {result.source} (made {result.made_at}): "
          f"{result.added} account(s) added, {result.updated} updated, {result.deleted} "
          f"deleted, {result.conflicts} conflict(s)"
          + (f", {len(result.erased)} person(s) erased" if result.erased else ""))
    for _, changes in result.accounts:
        if changes.added or changes.deleted:
            print(f"  {'added' if changes.added else 'deleted'}: {changes.name}")
        elif changes.changed:
            print(f"  updated: {changes.name}: {changes.records_added} record(s) added, "
                  f"{changes.records_updated} changed, {changes.records_deleted} deleted, "
                  f"{changes.conflicts} conflict(s)")
    for name in result.held_back:
        print(f"  held back: {name}: the sender had not yet received the erasure of a person "
              "there; its changes come with its next bundle")
    return 0


def _cmd_sync_conflicts(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.sync import list_conflicts

    with db.sessions() as session:
        conflicts = list_conflicts(session)
    if args.json:
        json.dump([c.as_json() for c in conflicts], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not conflicts:
        print("No conflicts.")
        return 0
    def when(moment) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"

    for c in conflicts:
        place = f"{c.account} / {c.table} {c.record or c.record_id}" + (
            f" / {c.field}" if c.field else "")
        print(f"{place} [{c.kind}{', switched' if c.switched else ''}]")
        print(f"  in use: {json.dumps(c.value, ensure_ascii=False)} "
              f"({c.value_by or '—'}, {when(c.value_at)})")
        print(f"  other:  {json.dumps(c.other_value, ensure_ascii=False)} "
              f"({c.other_by or '—'}, {when(c.other_at)})")
    return 0


def _add_sync_commands(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser("sync", help="exchange bundles with colleagues' laptops")
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write a bundle of the portfolio or of accounts")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.add_argument("--account", action="append", metavar="NAME",
                     help="only this account (repeatable)")
    lock = exp.add_mutually_exclusive_group()
    lock.add_argument("--password-file", type=Path, metavar="F",
                      help="encrypt with the password in the first line of F (a password "
                           "that is easy to guess is refused)")
    lock.add_argument("--no-password", action="store_true",
                      help="write the bundle unlocked even though it holds personal notes")
    exp.set_defaults(run=_cmd_sync_export, writes=True)
    imp = actions.add_parser("import", help="merge a bundle from a colleague")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--password-file", type=Path, metavar="F",
                     help="the password of an encrypted bundle, in the first line of F")
    imp.set_defaults(run=_cmd_sync_import, writes=True)
    conflicts = actions.add_parser("conflicts", help="list the values that lost in a merge")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(run=_cmd_sync_conflicts)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (write 2026-01-31)") from None


def _add_issuer_options(report: argparse.ArgumentParser, *, client_facing: bool) -> None:
    """Who the report is from (the window takes them from Preferences): the author of
    any report; our company, its logo and the author's contacts on one for the client."""
    report.add_argument("--author", default="", metavar="NAME",
                        help="who prepared the report")
    report.add_argument("--position", default="", metavar="TEXT", help="the author's position")
    if client_facing:
        report.add_argument("--supplier", default="", metavar="NAME",
                            help="our company's name for the cover")
        report.add_argument("--logo", type=Path, metavar="FILE.png",
                            help="our company's logo for the cover (PNG or JPEG)")
        report.add_argument("--phone", default="", metavar="TEXT", help="the author's phone")
        report.add_argument("--email", default="", metavar="TEXT",
                            help="the author's e-mail")


def _add_report_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="write a PDF report")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    dossier = kinds.add_parser("value-dossier",
                               help="the value dossier of an account, to hand to the client")
    dossier.add_argument("--account", required=True, metavar="NAME", help="the account")
    dossier.add_argument("--lang", choices=("ru", "en"), default="ru",
                         help="the language of the report (default ru)")
    dossier.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                         help="first day of the period (YYYY-MM-DD)")
    dossier.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                         help="last day of the period (YYYY-MM-DD)")
    dossier.add_argument("--department", action="append", metavar="NAME",
                         help="only this client department (repeatable)")
    dossier.add_argument("--no-cost", action="store_true", help="do not show our cost")
    _add_issuer_options(dossier, client_facing=True)
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    dossier.set_defaults(run=_cmd_report_value_dossier)

    pack = kinds.add_parser("meeting-pack", help="the internal briefing for a meeting")
    pack.add_argument("--account", required=True, metavar="NAME", help="the account")
    pack.add_argument("--attendee", action="append", metavar="NAME",
                      help="a client contact at the meeting (repeatable)")
    pack.add_argument("--lang", choices=("ru", "en"), default="ru",
                      help="the language of the report (default ru)")
    _add_issuer_options(pack, client_facing=False)
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    pack.set_defaults(run=_cmd_report_meeting_pack)

    portfolio = kinds.add_parser("portfolio", help="the portfolio report (internal)")
    portfolio.add_argument("--lang", choices=("ru", "en"), default="ru",
                           help="the language of the report (default ru)")
    portfolio.add_argument("--category", action="append",
                           choices=("key", "developing", "maintained", "occasional"),
                           help="only accounts of this category (repeatable)")
    portfolio.add_argument("--owner", action="append", metavar="NAME",
                           help="only accounts of this account manager (repeatable)")
    _add_issuer_options(portfolio, client_facing=False)
    portfolio.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    portfolio.set_defaults(run=_cmd_report_portfolio)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kam-desktop",
        description="KAM Desktop: key-account management. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    accounts.set_defaults(run=_cmd_accounts)

    check = commands.add_parser("check", help="check the database's integrity")
    check.set_defaults(run=_cmd_check, read_only=True)  # reports an old schema, never migrates

    backup = commands.add_parser("backup", help="write a backup beside the database")
    backup.set_defaults(run=_cmd_backup)

    _add_report_commands(commands)
    _add_table_commands(commands)
    _add_sync_commands(commands)

    contact = commands.add_parser("contact", help="act on one contact")
    contact_actions = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    erase = contact_actions.add_parser(
        "erase", help="erase everything about a person from this laptop, backups included")
    erase.add_argument("--account", required=True, metavar="NAME")
    erase.add_argument("--contact", required=True, metavar="NAME")
    erase.add_argument("--by", metavar="NAME", help="who erases (kept in the erasure log)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=_cmd_contact_erase, writes=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from kam_desktop.ui.app import run_gui

        return run_gui(db_path=args.db, receive=args.receive)
    run: Callable[[Database, argparse.Namespace], int] = args.run
    path = args.db or default_db_path()
    if getattr(args, "writes", False) and not getattr(args, "dry_run", False) \
            and open_in_window(path):
        return _fail(f"the database {path} is open in KAM Desktop; close its window first, "
                     "or do this in the window (File menu)")
    try:
        db = open_database(args.db, migrate=not getattr(args, "read_only", False))
    except (NewerSchemaError, ForeignDatabaseError, DatabaseError, OSError) as error:
        reason = getattr(error, "orig", None) or error
        return _fail(f"cannot open the database {args.db or default_db_path()}: {reason}")
    try:
        return run(db, args)
    except InputError as error:
        return _fail(str(error))
    except BrokenPipeError:  # the reader of our output went away (`| head`)
        sys.stdout = open(os.devnull, "w")
        return 0
    except OSError as error:  # e.g. no room or no permission for a backup or an export
        return _fail(f"{error.filename}: {error.strerror}" if error.filename else str(error))
    finally:
        db.close()


def _fail(message: str) -> int:
    print(f"kam-desktop: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
