"""The plain data behind the PDF reports, read from the database: one module per report
(value_dossier, portfolio, meeting_pack, account_plan) and the choices the report options offer.

The value dossier is handed to the client, so it is built from an explicit allow-list:
each of its dataclasses names every field that may reach the page, and its queries
load only those columns. The portfolio report and the meeting pack are internal.
"""
from __future__ import annotations

from kam_desktop.services.reports.account_plan import account_plan_data
from kam_desktop.services.reports.choices import report_choices
from kam_desktop.services.reports.meeting_pack import meeting_pack_data
from kam_desktop.services.reports.portfolio import portfolio_data
from kam_desktop.services.reports.value_dossier import value_dossier_data

__all__ = ["account_plan_data", "meeting_pack_data", "portfolio_data", "report_choices", "value_dossier_data"]
