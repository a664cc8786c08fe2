"""``kam-desktop rates …``: the portfolio's exchange rates (docs/currencies.md), and the
``--main-currency`` option of the commands that compare accounts."""
from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kam_desktop.cli.language import say
from kam_desktop.domain.money import DEFAULT_CURRENCY
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.database import Database
from kam_desktop.store.schema import problem


def main_currency(args: argparse.Namespace) -> str:
    """The ``--main-currency`` of a command, checked."""
    code = args.main_currency.strip().upper()
    found = problem("account", "currency", code)
    if found is not None:
        raise InputError("--main-currency", found)
    return code


def add_main_currency_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--main-currency", default=DEFAULT_CURRENCY, metavar="CODE",
                         help="compare and sum the accounts' money in this currency, "
                              f"converted at the recorded rates (default {DEFAULT_CURRENCY})")


def _cmd_rates_import(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.exchange_rates import import_central_bank_rates

    with db.transaction() as session:
        read, changed = import_central_bank_rates(session, path=args.file,
                                                  currency=args.currency)
    print(say(Text("{file}: {read} rate(s) read, {changed} new or changed",
                   file=str(args.file), read=read, changed=changed)))
    return 0


def _cmd_rates_list(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.exchange_rates import list_rates

    with db.sessions() as session:
        rates = list_rates(session)
    if not rates:
        print(say(Text("No exchange rates. Try `kam-desktop rates import FILE --currency EUR`.")))
    for rate in rates:
        print(f"{rate.period}\t1 {rate.currency} = {rate.rate.normalize():f} {rate.base}")
    return 0


def _cmd_rates_set(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.exchange_rates import set_rate

    try:
        rate = Decimal(args.rate.replace(",", "."))
    except InvalidOperation:
        raise InputError("RATE", Text("{value} is not a number", value=repr(args.rate))) from None
    with db.transaction() as session:
        set_rate(session, currency=args.currency, base=args.base, period=args.period,
                 rate=rate)
    print(f"{args.period}: 1 {args.currency.upper()} = {args.rate} {args.base.upper()}")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    rates = commands.add_parser("rates", help="the exchange rates to the main currency")
    actions = rates.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a central bank's rates (CSV or XLSX; "
                                            "docs/currencies.md)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--currency", metavar="CODE",
                     help="the currency of a file without a currency column (such as EUR)")
    imp.set_defaults(run=_cmd_rates_import, writes=True)
    listing = actions.add_parser("list", help="print every rate")
    listing.set_defaults(run=_cmd_rates_list)
    one = actions.add_parser("set", help="record one rate")
    one.add_argument("currency", metavar="CURRENCY")
    one.add_argument("period", metavar="PERIOD", help="2025, 2025-Q3 or 2025-03-14")
    one.add_argument("rate", metavar="RATE", help="units of --base for one unit")
    one.add_argument("--base", default=DEFAULT_CURRENCY, metavar="CODE",
                     help=f"the currency the rate is in (default {DEFAULT_CURRENCY})")
    one.set_defaults(run=_cmd_rates_set, writes=True)
