"""``kam-desktop report …``: the PDF reports."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kam_desktop.cli.language import say
from kam_desktop.cli.rates import add_main_currency_option, main_currency
from kam_desktop.domain.text import Text
from kam_desktop.store.database import Database


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
    print(say(Text("Value dossier of {account} written to {path}", account=data.client_name,
                   path=str(args.output))))
    return 0


def _cmd_report_portfolio(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.reports.portfolio import build_portfolio_report
    from kam_desktop.services.reports import portfolio_data

    issuer = _issuer(args)
    with db.sessions() as session:
        data = portfolio_data(session, today=date.today(), categories=args.category,
                              owners=args.owner, main_currency=main_currency(args))
    build_portfolio_report(data, args.lang, args.output, issuer)
    print(say(Text("Portfolio report of {count} accounts written to {path}",
                   count=len(data.accounts), path=str(args.output))))
    return 0


def _cmd_report_meeting_pack(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.reports.meeting_pack import build_meeting_pack
    from kam_desktop.services.reports import meeting_pack_data

    issuer = _issuer(args)
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name=args.account,
                                 attendees=args.attendee or [], today=date.today())
    build_meeting_pack(data, args.lang, args.output, issuer)
    print(say(Text("Meeting pack for {account} written to {path}", account=data.name,
                   path=str(args.output))))
    return 0


def _cmd_report_account_plan(db: Database, args: argparse.Namespace) -> int:
    from kam_desktop.reports.account_plan import build_account_plan
    from kam_desktop.services.reports import account_plan_data

    issuer = _issuer(args)
    with db.sessions() as session:
        data = account_plan_data(session, account_name=args.account, today=date.today())
    build_account_plan(data, args.lang, args.output, issuer)
    print(say(Text("Account plan of {account} written to {path}", account=data.name,
                   path=str(args.output))))
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(Text("{value} is not a date (YYYY-MM-DD)",
                                                  value=repr(text)))) from None


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


def add_commands(commands: argparse._SubParsersAction) -> None:
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

    plan = kinds.add_parser("account-plan",
                            help="the written account plan, for the team (internal)")
    plan.add_argument("--account", required=True, metavar="NAME", help="the account")
    plan.add_argument("--lang", choices=("ru", "en"), default="ru",
                      help="the language of the report (default ru)")
    _add_issuer_options(plan, client_facing=False)
    plan.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    plan.set_defaults(run=_cmd_report_account_plan)

    portfolio = kinds.add_parser("portfolio", help="the portfolio report (internal)")
    portfolio.add_argument("--lang", choices=("ru", "en"), default="ru",
                           help="the language of the report (default ru)")
    portfolio.add_argument("--category", action="append",
                           choices=("key", "developing", "maintained", "occasional"),
                           help="only accounts of this category (repeatable)")
    portfolio.add_argument("--owner", action="append", metavar="NAME",
                           help="only accounts of this account manager (repeatable)")
    _add_issuer_options(portfolio, client_facing=False)
    add_main_currency_option(portfolio)
    portfolio.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    portfolio.set_defaults(run=_cmd_report_portfolio)
