"""``kam-desktop groups …``: share of wallet by product group — one account's table
(``show``), an estimate of a group recorded (``estimate``), and where to grow across the
portfolio (``grow``). The window's list of groups lives in its preferences; here
``--groups "A;B"`` gives the order, else the groups come as the data names them."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal

from kam_desktop.cli.language import say
from kam_desktop.domain.abc import last_full_year
from kam_desktop.domain.group_share import NO_GROUP, group_key
from kam_desktop.domain.periods import parse_period, period_problem
from kam_desktop.domain.text import Text
from kam_desktop.services import analytics, records
from kam_desktop.services.errors import InputError
from kam_desktop.services.group_share import account_group_shares
from kam_desktop.services.losses import account_named
from kam_desktop.store.database import Database
from kam_desktop.store.models import GroupPotential


def _listed(args: argparse.Namespace) -> list[str]:
    return [name.strip() for name in (args.groups or "").split(";") if name.strip()]


def _number(value: Decimal | float | None, places: int = 0) -> str:
    return "—" if value is None else f"{float(value):,.{places}f}".replace(",", " ")


def _points(share: Decimal | None) -> str:
    return "—" if share is None else f"{float(share) * 100:.1f} %"


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    for row in (headers, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def _cmd_show(db: Database, args: argparse.Namespace) -> int:
    text = args.period or str(last_full_year(date.today()))
    if period_problem(text) is not None:
        raise InputError("--period", period_problem(text))
    with db.sessions() as session:
        table = account_group_shares(session, account_id=account_named(session, args.account),
                                     listed=_listed(args), period=parse_period(text))
    lines = [line for line in table.lines if line.group != NO_GROUP or line.revenue]
    if args.json:
        json.dump([{"group": line.group or None, "listed": line.listed,
                    "potential": _plain(line.potential), "revenue": _plain(line.revenue),
                    "share": _plain(line.share), "change": _plain(line.change),
                    "competitor": line.estimate.competitor if line.estimate else None,
                    "competitor_share": line.estimate.competitor_share if line.estimate
                    else None,
                    "competitor_reason": line.estimate.competitor_reason if line.estimate
                    else None} for line in lines],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(say(Text("{account}, {period}, in {currency}", account=args.account,
                   period=text, currency=table.currency)))
    if not lines:
        print(say(Text("No product group is estimated or named in the deals.")))
        return 0
    headers = (say(Text("Product group")), say(Text("Potential")), say(Text("Our revenue")),
               say(Text("Our share")), say(Text("Change")), say(Text("Competitor")))
    _print_table(headers, [(
        line.group or say(Text("(no group)")), _number(line.potential),
        _number(line.revenue, 2), _points(line.share),
        "" if line.change is None else f"{float(line.change) * 100:+.1f}",
        line.estimate.competitor or "" if line.estimate else "") for line in lines])
    return 0


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _cmd_estimate(db: Database, args: argparse.Namespace) -> int:
    values = {"year": args.year, "product_group": args.group, "amount": args.potential,
              "competitor": args.competitor, "competitor_share": args.competitor_share,
              "competitor_reason": args.why}
    values = {key: value for key, value in values.items() if value is not None}
    with db.transaction() as session:
        account_id = account_named(session, args.account)
        same = [record for record in session.query(GroupPotential).filter_by(
            account_id=account_id, year=args.year)
                if group_key(record.product_group) == group_key(args.group)]
        try:
            if same:
                values.pop("product_group")
                records.update_record(session, kind="group_potential", record_id=same[0].id,
                                      changes=values)
            else:
                records.add_record(session, kind="group_potential", parent_id=account_id,
                                   values=values)
        except InputError as error:
            where = {"amount": "potential", "competitor_reason": "why",
                     "product_group": "group"}.get(error.where, error.where)
            raise InputError(f"--{where.replace('_', '-')}", error.message) from None
    print(say(Text("Recorded the estimate of {group} for {account}", group=args.group,
                   account=args.account)))
    return 0


def _cmd_grow(db: Database, args: argparse.Namespace) -> int:
    with db.sessions() as session:
        data = analytics.portfolio_analytics(session, today=date.today(),
                                             sections=("growth",), product_groups=_listed(args))
    groups = data.groups
    if args.json:
        json.dump([{"group": bar.key, "uncovered": str(bar.value), "currency": data.currency,
                    "accounts": [{"account": data.accounts[a].name,
                                  "uncovered": str(groups.uncovered[bar.key][a])}
                                 for a in bar.accounts[:args.top]]}
                   for bar in groups.growth], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not groups.growth:
        print(say(Text("No product group has a potential beyond our revenue in {year}.",
                       year=data.year)))
        return 0
    print(say(Text("Potential not yet ours in {year}, {currency}", year=data.year,
                   currency=data.currency)))
    for bar in groups.growth:
        print(f"{bar.key}: {_number(bar.value)}")
        for account in bar.accounts[:args.top]:
            print(f"    {data.accounts[account].name}: "
                  f"{_number(groups.uncovered[bar.key][account])}")
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    groups = commands.add_parser("groups", help="share of wallet by product group")
    actions = groups.add_subparsers(dest="action", metavar="ACTION", required=True)
    order = {"metavar": "A;B;…", "help": "the product groups in their order, separated by ;"}
    show = actions.add_parser("show", help="one account's share of each product group")
    show.add_argument("--account", required=True, metavar="NAME")
    show.add_argument("--period", metavar="2025|2025-Q3", help="default: the last full year")
    show.add_argument("--groups", **order)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=_cmd_show)

    estimate = actions.add_parser("estimate", help="record what the client buys of a group "
                                                   "a year, and who supplies the rest")
    estimate.add_argument("--account", required=True, metavar="NAME")
    estimate.add_argument("--year", required=True, type=int)
    estimate.add_argument("--group", required=True, metavar="NAME")
    estimate.add_argument("--potential", required=True, metavar="AMOUNT",
                          help="the client's purchases of the group a year")
    estimate.add_argument("--competitor", metavar="NAME")
    estimate.add_argument("--competitor-share", type=float, metavar="PERCENT")
    estimate.add_argument("--why", metavar="TEXT", help="why they buy from the competitor")
    estimate.set_defaults(run=_cmd_estimate, writes=True)

    grow = actions.add_parser("grow", help="where to grow: each group's potential not yet "
                                           "ours, over the portfolio")
    grow.add_argument("--groups", **order)
    grow.add_argument("--top", type=int, default=5, metavar="N",
                      help="accounts shown per group (default 5)")
    grow.add_argument("--json", action="store_true", help="print JSON")
    grow.set_defaults(run=_cmd_grow)
