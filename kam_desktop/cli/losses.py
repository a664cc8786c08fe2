"""``kam-desktop loss …``: the portfolio's lost clients — list the losses, record one (the
account becomes lost, as in the window), add a win-back action to an account's latest
loss."""
from __future__ import annotations

import argparse
from datetime import date

from kam_desktop.cli.language import say
from kam_desktop.cli.terminal import print_json
from kam_desktop.domain import glossary
from kam_desktop.domain.enums import LossCause
from kam_desktop.domain.text import Text
from kam_desktop.services import losses, records
from kam_desktop.services.errors import InputError
from kam_desktop.store.database import Database


def _options(error: InputError) -> InputError:
    """A refused field named as the option that gave it (cause -> --cause)."""
    return InputError(f"--{error.where.replace('_', '-')}", error.message) \
        if error.where and not error.where.startswith("-") else error


def _cmd_list(db: Database, args: argparse.Namespace) -> int:
    with db.sessions() as session:
        lines = losses.list_losses(session)
    if args.json:
        print_json(lines)
        return 0
    if not lines:
        print(say(Text("No losses recorded.")))
        return 0
    headers = (say(Text("Date")), glossary.term(args.lang, "account"), say(Text("Cause")),
               say(Text("Competitor")), say(Text("Win-back")))
    table = [(line.date.isoformat(), line.account, glossary.name(args.lang, line.cause),
              line.competitor or "—", _win_back(line)) for line in lines]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    for row in (headers, *table):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


def _win_back(line: losses.LossLine) -> str:
    if not line.win_back_possible:
        return say(Text("no"))
    if not line.open_actions:
        return say(Text("possible, no plan"))
    return say(Text("{count} open, next {due}", count=line.open_actions,
                    due=line.next_due.isoformat() if line.next_due else "—"))


def _cmd_record(db: Database, args: argparse.Namespace) -> int:
    values = {"date": args.date or date.today().isoformat(), "cause": args.cause, "details": args.details,
              "competitor": args.competitor, "could_have_done": args.could_have_done,
              "win_back_possible": args.win_back_possible}
    with db.transaction() as session:
        account_id = losses.account_named(session, args.account)
        try:
            losses.record_loss(session, account_id=account_id,
                               values={k: v for k, v in values.items() if v is not None})
        except InputError as error:
            raise _options(error) from None
    print(say(Text("Recorded the loss of {account}", account=args.account)))
    return 0


def _cmd_action(db: Database, args: argparse.Namespace) -> int:
    values = {"title": args.title, "due": args.due, "owner": args.owner}
    with db.transaction() as session:
        account_id = losses.account_named(session, args.account)
        loss_id = losses.latest_loss(session, account_id)
        if loss_id is None:
            raise InputError("--account", Text("{account} has no loss recorded",
                                               account=args.account))
        try:
            records.add_record(session, kind="win_back_action", parent_id=loss_id,
                               values={k: v for k, v in values.items() if v is not None})
        except InputError as error:
            raise _options(error) from None
    print(say(Text("Added a win-back action for {account}", account=args.account)))
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    loss = commands.add_parser("loss", help="lost clients: why they left, and winning them back")
    actions = loss.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every loss, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=_cmd_list)

    record = actions.add_parser("record", help="record a loss; the account becomes lost")
    record.add_argument("--account", required=True, metavar="NAME")
    record.add_argument("--cause", required=True, metavar="CAUSE",
                        help="one of: " + ", ".join(cause.value for cause in LossCause))
    record.add_argument("--details", required=True, metavar="TEXT",
                        help="what happened, in words")
    record.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    record.add_argument("--competitor", metavar="NAME", help="the supplier who won the client")
    record.add_argument("--could-have-done", metavar="TEXT", help="what we could have done")
    record.add_argument("--win-back-possible", action="store_true", default=None,
                        help="the client can be won back")
    record.set_defaults(run=_cmd_record, writes=True)

    action = actions.add_parser("action", help="add a win-back action to the account's "
                                               "latest loss")
    action.add_argument("--account", required=True, metavar="NAME")
    action.add_argument("--title", required=True, metavar="TEXT")
    action.add_argument("--due", metavar="YYYY-MM-DD")
    action.add_argument("--owner", metavar="NAME", help="who on our side does it")
    action.set_defaults(run=_cmd_action, writes=True)
