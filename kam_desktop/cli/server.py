"""``kam-desktop server init URL`` and ``kam-desktop sync push|pull|now --server URL``:
the team server (a PostgreSQL hub that is one more replica, docs/team-server.md)."""
from __future__ import annotations

import argparse
from pathlib import Path

from kam_desktop.cli.language import say
from kam_desktop.domain.text import Text
from kam_desktop.store.database import Database


def _cmd_server_init(_path: Path, args: argparse.Namespace) -> int:
    from kam_desktop.services.server import init_server

    info = init_server(url=args.url)
    print(say(Text("Team server ready: {server} (schema {schema}, replica {replica})",
                   server=info.address, schema=info.schema, replica=str(info.replica_id))))
    return 0


def _cmd_server_grant(_path: Path, args: argparse.Namespace) -> int:
    from kam_desktop.services.server import grant_access

    address = grant_access(url=args.url, login=args.login, person=args.person,
                           head=args.head)
    print(say(Text("{login} works on {server} as {person}, head of sales", login=args.login,
                   server=address, person=args.person) if args.head else
              Text("{login} works on {server} as {person}, manager", login=args.login,
                   server=address, person=args.person)))
    return 0


def _report(outcome, pushed: bool) -> None:
    from kam_desktop.cli.sync import print_changes

    result, server = outcome.result, outcome.server
    if not outcome.changed and not result.held_back:
        print(say(Text("Nothing to push: {server} has every change of this laptop",
                       server=server) if pushed else
                  Text("Nothing to pull: this laptop has every change of {server}",
                       server=server)))
        return
    counts = {"server": server, "added": result.added, "updated": result.updated,
              "deleted": result.deleted, "conflicts": result.conflicts}
    print(say(Text("Pushed to {server}: {added} account(s) added, {updated} updated, "
                   "{deleted} deleted, {conflicts} conflict(s)", **counts) if pushed else
              Text("Pulled from {server}: {added} account(s) added, {updated} updated, "
                   "{deleted} deleted, {conflicts} conflict(s)", **counts))
          + (say(Text(", {count} person(s) erased", count=len(result.erased)))
             if result.erased else ""))
    print_changes(result)


def _push(db: Database, url: str) -> None:
    from kam_desktop.services.server import push

    _report(push(db, url=url), pushed=True)


def _pull(db: Database, url: str) -> None:
    from kam_desktop.services.server import pull

    _report(pull(db, url=url), pushed=False)


def _cmd_push(db: Database, args: argparse.Namespace) -> int:
    _push(db, args.server)
    return 0


def _cmd_pull(db: Database, args: argparse.Namespace) -> int:
    _pull(db, args.server)
    return 0


def _cmd_now(db: Database, args: argparse.Namespace) -> int:
    _pull(db, args.server)
    _push(db, args.server)
    return 0


def add_server_command(commands: argparse._SubParsersAction) -> None:
    server = commands.add_parser("server", help="set up the team server")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create or update the team server's schema on a PostgreSQL database")
    init.add_argument("url", metavar="URL",
                      help="postgresql+psycopg://user[:password]@host[:port]/database")
    init.set_defaults(run=_cmd_server_init, opens_itself=True)
    grant = actions.add_parser(
        "grant", help="put the access rights in force and let a PostgreSQL login work as "
                      "a person (run as the server's owner)")
    grant.add_argument("url", metavar="URL")
    grant.add_argument("--login", required=True, metavar="LOGIN",
                       help="the PostgreSQL role the person logs in as (created if missing)")
    grant.add_argument("--person", required=True, metavar="NAME",
                       help="the name used as the accounts' owner and in account teams")
    grant.add_argument("--head", action="store_true",
                       help="the head of sales: sees every account, but personal "
                            "questionnaires only where on the account team")
    grant.set_defaults(run=_cmd_server_grant, opens_itself=True)


def add_sync_actions(actions: argparse._SubParsersAction) -> None:
    """``sync push``, ``sync pull`` and ``sync now``, beside the bundle actions."""
    for name, run, helps, writes in (
            ("push", _cmd_push, "send this laptop's changes to the team server", False),
            ("pull", _cmd_pull, "receive the team's changes from the team server", True),
            ("now", _cmd_now, "pull, then push", True)):
        action = actions.add_parser(name, help=helps)
        action.add_argument("--server", required=True, metavar="URL",
                            help="the team server: postgresql+psycopg://user@host/database")
        action.set_defaults(run=run, writes=writes)
