"""Spreadsheets and calendars: ``import-table``, ``import-deals``, ``export-table`` and
``calendar``."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kam_desktop.cli.language import say
from kam_desktop.cli.rates import add_main_currency_option, main_currency
from kam_desktop.domain.text import Text
from kam_desktop.services.column_mapping import RowCounts, load_mapping
from kam_desktop.services.errors import InputError
from kam_desktop.services.tabular import ENCODING_NAMES, Table, read_table
from kam_desktop.store.database import Database


def _read_mapped(args: argparse.Namespace, resolve) -> tuple[Table, dict[str, int]]:
    """The table of ``args.file`` and its columns by ``args.map``, resolved by ``resolve``;
    prints how the file was read."""
    table = read_table(args.file)
    mapping = load_mapping(args.map)
    try:
        columns = resolve(mapping, table)
    except InputError as error:
        raise InputError(f"{args.map}: {error.where}", error.message) from None
    if table.kind == "csv":
        shape = Text("{file}: CSV, {encoding}, delimiter {delimiter}, header on line {line}, "
                     "{rows} rows", encoding=ENCODING_NAMES[table.encoding],
                     delimiter=repr(table.delimiter), file=str(args.file),
                     line=table.header_line, rows=len(table.rows))
    else:
        shape = Text("{file}: XLSX, sheet {sheet}, header on row {line}, {rows} rows",
                     sheet=repr(table.sheet), file=str(args.file), line=table.header_line,
                     rows=len(table.rows))
    print(say(shape))
    return table, columns


def _report_bad(args: argparse.Namespace, plan: RowCounts) -> bool:
    """Print the bad rows; whether to go on and write (not a dry run). Bad rows without
    ``--skip-bad`` refuse the import."""
    print("  " + say(Text("good rows: {good}, bad rows: {bad}", good=plan.good_rows,
                          bad=len(plan.bad_lines))))
    for bad in plan.bad:
        where = Text("line {line}, {column}", line=bad.line, column=bad.column) if bad.column \
            else Text("line {line}", line=bad.line)
        print(f"    {say(where)}: {say(bad.problem)}")
    if args.dry_run:
        print(say(Text("Dry run: nothing was written.")))
        return False
    if plan.bad and not args.skip_bad:
        raise InputError(str(args.file), Text(
            "{bad} bad row(s), nothing imported: fix the file, or pass --skip-bad to import "
            "the {good} good row(s) only", bad=len(plan.bad_lines), good=plan.good_rows))
    return True


def _run_import(db: Database, args: argparse.Namespace, resolve, plan_, apply,
                planned, imported) -> int:
    """Read and plan an import (the service's ``resolve`` mapping, ``plan_`` and
    ``apply``), print the plan (``planned`` gives its lines) and the bad rows, and unless
    it is a dry run or refused, import and print ``imported``'s line."""
    table, columns = _read_mapped(args, resolve)
    with db.sessions() as session:
        plan = plan_(session, table=table, columns=columns)
    for line in planned(plan):
        print("  " + say(line))
    if not _report_bad(args, plan):
        return 0
    with db.transaction() as session:
        plan = apply(session, table=table, columns=columns)
    print(say(imported(plan)))
    return 0


def _cmd_import_table(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.table_import import apply_import, plan_import, resolve_mapping

    return _run_import(
        db, args, resolve_mapping, plan_import, apply_import,
        lambda plan: (Text("accounts to add: {add}, to update: {update}, unchanged: {same}",
                           add=len(plan.accounts_added), update=len(plan.accounts_updated),
                           same=len(plan.accounts_unchanged)),
                      Text("contacts to add: {add}, to update: {update}",
                           add=len(plan.contacts_added), update=len(plan.contacts_updated))),
        lambda plan: Text("Imported {rows} row(s): {accounts_added} accounts added, "
                          "{accounts_updated} updated; {contacts_added} contacts added, "
                          "{contacts_updated} updated", rows=plan.good_rows,
                          accounts_added=len(plan.accounts_added),
                          accounts_updated=len(plan.accounts_updated),
                          contacts_added=len(plan.contacts_added),
                          contacts_updated=len(plan.contacts_updated)))


def _cmd_import_deals(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.deals_import import apply_deals, plan_deals, resolve_mapping

    return _run_import(
        db, args, resolve_mapping, plan_deals, apply_deals,
        lambda plan: (Text("deals to add: {add}, to update: {update}, unchanged: {same}, of "
                           "{accounts} account(s)", add=plan.added, update=plan.updated,
                           same=plan.unchanged, accounts=len(plan.accounts)),),
        lambda plan: Text("Imported {rows} row(s): {added} deals added, {updated} updated, "
                          "{same} unchanged", rows=plan.good_rows, added=plan.added,
                          updated=plan.updated, same=plan.unchanged))


def _cmd_export_table(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.table_export import account_ids_by_name, export_table

    if args.output.suffix.lower() not in (".csv", ".xlsx"):
        raise InputError(str(args.output), Text("the file name must end in .csv or .xlsx"))
    with db.sessions() as session:
        ids = account_ids_by_name(session, args.account) if args.account else None
        count = export_table(session, kind=args.kind, path=args.output, language=args.lang,
                             today=date.today(), account_ids=ids,
                             main_currency=main_currency(args))
    print(say(Text("{count} row(s) written to {path}", count=count, path=str(args.output))))
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
            raise InputError("--owner", Text("no account has the owner {owner}",
                                             owner=repr(args.owner)))
        items = calendar_items(session, language=args.lang, account_ids=ids, owner=args.owner)
    write_calendar(args.output, items, language=args.lang)
    print(say(Text("{count} event(s) written to {path}", count=len(items),
                   path=str(args.output))))
    return 0


def _add_import(commands: argparse._SubParsersAction, name: str, run, help_text: str,
                map_help: str) -> None:
    command = commands.add_parser(name, help=help_text)
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument("--map", type=Path, required=True, metavar="MAPPING.json",
                         help=map_help)
    command.add_argument("--dry-run", action="store_true",
                         help="only report what would be added, updated and refused")
    command.add_argument("--skip-bad", action="store_true",
                         help="import the good rows even when some rows are bad")
    command.set_defaults(run=run, writes=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    _add_import(commands, "import-table", _cmd_import_table,
                "add or update accounts and contacts from a CSV or XLSX file",
                "which column feeds which field (docs/table-import.md)")
    _add_import(commands, "import-deals", _cmd_import_deals,
                "add the clients' deals from an ERP export (CSV or XLSX)",
                "the columns of inn, name, date, amount, product_group and reference "
                "(docs/table-import.md)")

    exp = commands.add_parser("export-table",
                              help="write a table of the portfolio to a CSV or XLSX file")
    exp.add_argument("kind", choices=("portfolio", "contacts", "actions", "value"))
    exp.add_argument("--account", action="append", metavar="NAME",
                     help="only this account (repeatable)")
    exp.add_argument("--lang", choices=("ru", "en"), default="ru",
                     help="language of the headers; CSV: ru uses ';' and decimal commas, "
                          "en ',' and decimal points (default ru)")
    add_main_currency_option(exp)
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
