"""``kam-desktop handover``: record that an account passes to another manager (seed 003),
as the dossier's "Hand over…" does; the receiver becomes its owner."""
from __future__ import annotations

import argparse
from datetime import date

from kam_desktop.cli.language import say
from kam_desktop.cli.reports import date_argument
from kam_desktop.domain.text import Text
from kam_desktop.store.database import Database


def _cmd_handover(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.handover import record_handover
    from kam_desktop.services.reports.account import find_account

    with db.transaction() as session:
        account = find_account(session, None, args.account)
        done = record_handover(session, account_id=account.id, to_name=args.to,
                               on=args.on or date.today(), note=args.note)
        receiver = account.owner
    print(say(Text("{account} handed over from {previous} to {receiver}", account=args.account,
                   previous=done.previous_owner or "—", receiver=receiver)))
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    handover = commands.add_parser(
        "handover", help="record that an account passes to another manager, who becomes "
                         "its owner")
    handover.add_argument("--account", required=True, metavar="NAME", help="the account")
    handover.add_argument("--to", required=True, metavar="NAME", help="who takes it on")
    handover.add_argument("--on", type=date_argument, metavar="DATE",
                          help="the day of the hand-over (YYYY-MM-DD; default today)")
    handover.add_argument("--note", metavar="TEXT", help="why now, what is promised")
    handover.set_defaults(run=_cmd_handover, writes=True)
