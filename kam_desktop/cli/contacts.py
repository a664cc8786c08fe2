"""``kam-desktop contact export``: what we keep about one person, for that person."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kam_desktop.cli.language import say
from kam_desktop.domain.text import Text
from kam_desktop.store.database import Database


def _cmd_contact_export(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.services.contact_export import export_person
    from kam_desktop.services.erasure import find_contact

    with db.sessions() as session:
        contact_id = find_contact(session, account_name=args.account, contact_name=args.contact)
        data = export_person(session, contact_id=contact_id, path=args.output,
                             today=date.today(), language=args.lang)
    print(say(Text("What we keep about {name} ({count} account(s)) written to {path}",
                   name=data.name, count=len(data.records), path=str(args.output))))
    return 0


def add_export(actions: argparse._SubParsersAction) -> None:
    export = actions.add_parser(
        "export", help="write everything we keep about a person (for a request under the "
                       "personal-data law) as PDF or JSON, by the file's extension")
    export.add_argument("--account", required=True, metavar="NAME")
    export.add_argument("--contact", required=True, metavar="NAME")
    export.add_argument("--lang", choices=("ru", "en"), default="ru",
                        help="the PDF's language (default ru)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(run=_cmd_contact_export)
