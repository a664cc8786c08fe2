"""``kam-desktop holding``: the group an account heads, its figures added up in the main
currency, as the dossier's "Holding and subsidiaries" shows them; with ``--parent`` or
``--none`` it sets or clears the account's holding, as the profile's field does."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from kam_desktop.cli import rates
from kam_desktop.cli.language import say
from kam_desktop.domain.text import Text
from kam_desktop.store.database import Database


def _number(value) -> float | None:
    return None if value is None else float(value)


def _cmd_holding(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.holdings import holding_group
    from kam_desktop.services.records import update_record
    from kam_desktop.services.reports.account import find_account

    if args.parent is not None or args.none:
        with db.transaction() as session:
            account = find_account(session, None, args.account)
            parent = None if args.none else find_account(session, None, args.parent).id
            update_record(session, kind="account", record_id=account.id,
                          changes={"parent_id": parent})
        print(say(Text("{account} stands alone", account=args.account) if args.none else
                  Text("{account} belongs to the holding {holding}", account=args.account,
                       holding=args.parent)))
        return 0
    currency = rates.main_currency(args)
    with db.sessions() as session:
        account = find_account(session, None, args.account)
        group = holding_group(session, account_id=account.id, today=date.today(),
                              main_currency=currency)
    if args.json:
        json.dump({
            "holding": group.holding and group.holding[1], "year": str(group.year),
            "currency": group.currency, "revenue": float(group.totals.revenue),
            "potential": _number(group.totals.potential),
            "share_of_wallet": _number(group.totals.share),
            "ladder": list(group.totals.ladder) if group.totals.ladder else None,
            "companies": [{"name": c.name, "depth": c.depth, "currency": c.currency,
                           "revenue": _number(c.revenue), "revenue_main": _number(c.revenue_main),
                           "potential_main": _number(c.potential_main),
                           "share_of_wallet": _number(c.share), "ladder": c.ladder}
                          for c in group.companies],
            "left_out": [{"currency": m.currency, "period": m.period,
                          "companies": [c.name for c in group.companies if c.id in m.accounts]}
                         for m in group.left_out]}, sys.stdout,
            ensure_ascii=False, indent=2)
        print()
        return 0
    if group.holding:
        print(say(Text("Holding: {name}", name=group.holding[1])))
    for company in group.companies:
        amount = "—" if company.revenue_main is None else f"{company.revenue_main:,.0f}"
        print(f"{'  ' * company.depth}{company.name}  {amount}")
    print(say(Text("Group revenue {year}: {amount} {currency}", year=str(group.year),
                   amount=f"{group.totals.revenue:,.0f}", currency=group.currency)))
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    holding = commands.add_parser(
        "holding", help="an account's group of companies and its figures; or set its holding")
    holding.add_argument("account", metavar="ACCOUNT", help="the account's name")
    chosen = holding.add_mutually_exclusive_group()
    chosen.add_argument("--parent", metavar="NAME", help="make ACCOUNT a subsidiary of NAME")
    chosen.add_argument("--none", action="store_true", help="ACCOUNT belongs to no holding")
    holding.add_argument("--json", action="store_true", help="print JSON")
    rates.add_main_currency_option(holding)
    holding.set_defaults(run=_cmd_holding, writes=True)
