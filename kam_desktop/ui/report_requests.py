"""Which report, with which options, and building it: what the Reports dialog hands its
worker thread. Building goes through the same services as the command line."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS
from kam_desktop.domain.enums import Category
from kam_desktop.domain.issuer import Issuer
from kam_desktop.domain.money import DEFAULT_CURRENCY
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS

VALUE_DOSSIER, MEETING_PACK, PORTFOLIO = "value_dossier", "meeting_pack", "portfolio"
ACCOUNT_PLAN = "account_plan"


@dataclass(frozen=True)
class ReportRequest:
    """One report with its options, as the worker thread needs them."""

    kind: str
    language: str
    account_id: uuid.UUID | None = None
    account_name: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    departments: tuple[str, ...] | None = None
    show_cost: bool = True
    attendees: tuple[str, ...] = ()
    categories: tuple[Category, ...] | None = None
    owners: tuple[str, ...] | None = None
    issuer: Issuer = Issuer()
    # the currency the portfolio report compares the accounts in
    main_currency: str = DEFAULT_CURRENCY
    # the account plan's risks and review follow the preferences
    cooling_days: int = DEFAULT_COOLING_DAYS
    review_months: tuple[tuple[Category, int], ...] = tuple(DEFAULT_REVIEW_MONTHS.items())


def build_report(session, request: ReportRequest, path: Path, today: date) -> None:
    """Write the requested report to ``path`` (through the same services as the CLI)."""
    from kam_desktop.services import reports as data

    if request.kind == VALUE_DOSSIER:
        from kam_desktop.reports.value_dossier import build_value_dossier

        build_value_dossier(data.value_dossier_data(
            session, account_id=request.account_id, date_from=request.date_from,
            date_to=request.date_to, departments=request.departments,
            show_cost=request.show_cost, today=today), request.language, path, request.issuer)
    elif request.kind == ACCOUNT_PLAN:
        from kam_desktop.reports.account_plan import build_account_plan

        build_account_plan(data.account_plan_data(
            session, account_id=request.account_id, today=today,
            cooling_days=request.cooling_days, review_months=dict(request.review_months)),
            request.language, path, request.issuer)
    elif request.kind == MEETING_PACK:
        from kam_desktop.reports.meeting_pack import build_meeting_pack

        build_meeting_pack(data.meeting_pack_data(
            session, account_name=request.account_name, attendees=request.attendees,
            today=today), request.language, path, request.issuer)
    else:
        from kam_desktop.reports.portfolio import build_portfolio_report

        build_portfolio_report(data.portfolio_data(
            session, today=today, categories=request.categories, owners=request.owners,
            main_currency=request.main_currency),
            request.language, path, request.issuer)
