"""What the spreadsheet import dialog imports: accounts and contacts, or deals.

The dialog (ui/table_import.py) reads the file, shows its rows, lets the user choose the
columns, runs the dry run and the import; an importer says which fields there are, how
they are laid out and named, what the dry run found and what the import did.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from kam_desktop.services import deals_import, table_import
from kam_desktop.services.column_mapping import mapping_for_file
from kam_desktop.ui.forms import format_money
from kam_desktop.ui.labels import term


@dataclass(frozen=True)
class Importer:
    #: QSettings group of its remembered mappings, folder and window geometry
    name: str
    title: Callable[[], str]
    #: (heading, fields) per group of the mapping box; a long group takes two columns
    groups: Callable[[], list[tuple[str, tuple[str, ...]]]]
    label: Callable[[str], str]
    #: the fields marked "*" (the import's own rule may be subtler: see ``unmapped``)
    required: tuple[str, ...]
    note: Callable[[], str]
    #: what is missing from a mapping before a dry run can start, or ""
    unmapped: Callable[[Mapping[str, int]], str]
    guess: Callable[..., dict[str, int]]
    resolve: Callable[..., dict[str, int]]
    for_file: Callable[..., dict[str, Any]]
    plan: Callable[..., Any]
    apply: Callable[..., Any]
    #: the dry run's counts, rich text lines
    summary: Callable[[Any], list[str]]
    #: the dry run's changes, (what, record) rows
    changes: Callable[[Any], list[tuple[str, str]]]
    #: one sentence after the import
    finished: Callable[[Any], str]


# -- accounts and contacts ----------------------------------------------------------

def _account_field(field: str) -> str:
    return {
        "name": QCoreApplication.translate("TableImportDialog", "Account name"),
        "legal_name": QCoreApplication.translate("TableImportDialog", "Legal name"),
        "inn": QCoreApplication.translate("TableImportDialog", "INN"),
        "industry": QCoreApplication.translate("TableImportDialog", "Industry"),
        "region": QCoreApplication.translate("TableImportDialog", "Region"),
        "address": QCoreApplication.translate("TableImportDialog", "Address"),
        "website": QCoreApplication.translate("TableImportDialog", "Website"),
        "owner": QCoreApplication.translate("TableImportDialog", "Account manager"),
        "category": QCoreApplication.translate("TableImportDialog", "Category"),
        "potential": QCoreApplication.translate("TableImportDialog",
                                                "Purchase potential this year"),
        "parent_inn": QCoreApplication.translate("TableImportDialog", "Holding's INN"),
        "parent_name": QCoreApplication.translate("TableImportDialog", "Holding's name"),
        "contact_name": QCoreApplication.translate("TableImportDialog", "Full name"),
        "contact_position": QCoreApplication.translate("TableImportDialog", "Position"),
        "contact_department": QCoreApplication.translate("TableImportDialog", "Department"),
        "contact_phone": QCoreApplication.translate("TableImportDialog", "Phone"),
        "contact_email": QCoreApplication.translate("TableImportDialog", "E-mail address"),
    }[field]


def _accounts_summary(plan: table_import.ImportPlan) -> list[str]:
    return [
        QCoreApplication.translate(
            "TableImportDialog",
            "Accounts: <b>{add}</b> to add, <b>{update}</b> to update, {same} unchanged.").format(
            add=len(plan.accounts_added), update=len(plan.accounts_updated),
            same=len(plan.accounts_unchanged)),
        QCoreApplication.translate(
            "TableImportDialog", "Contacts: <b>{add}</b> to add, <b>{update}</b> to update.").format(
            add=len(plan.contacts_added), update=len(plan.contacts_updated)),
    ]


def _accounts_changes(plan: table_import.ImportPlan) -> list[tuple[str, str]]:
    rows = []
    for title, names in (
            (QCoreApplication.translate("TableImportDialog", "Add account"), plan.accounts_added),
            (QCoreApplication.translate("TableImportDialog", "Update account"),
             plan.accounts_updated),
            (QCoreApplication.translate("TableImportDialog", "Add contact"), plan.contacts_added),
            (QCoreApplication.translate("TableImportDialog", "Update contact"),
             plan.contacts_updated)):
        rows += [(title, name) for name in names]
    return rows


def _accounts_finished(plan: table_import.ImportPlan) -> str:
    return QCoreApplication.translate(
        "TableImportDialog",
        "Imported. Accounts: {accounts} added, {updated} updated. Contacts: {contacts} "
        "added, {contacts_updated} updated.").format(
        accounts=len(plan.accounts_added), updated=len(plan.accounts_updated),
        contacts=len(plan.contacts_added), contacts_updated=len(plan.contacts_updated))


ACCOUNTS = Importer(
    name="table_import",
    title=lambda: QCoreApplication.translate(
        "TableImportDialog", "Import accounts and contacts from a spreadsheet"),
    groups=lambda: [
        (term("account"), table_import.ACCOUNT_FIELDS),
        (QCoreApplication.translate("TableImportDialog", "Contact"), table_import.CONTACT_FIELDS)],
    label=_account_field,
    required=("name",),
    note=lambda: QCoreApplication.translate(
        "TableImportDialog", "* required. One contact per row; rows of the same account "
        "(same INN or name) add up."),
    unmapped=lambda columns: "" if "name" in columns else QCoreApplication.translate(
        "TableImportDialog", "Choose the column that holds the account name."),
    guess=table_import.guess_mapping,
    resolve=table_import.resolve_mapping,
    for_file=table_import.mapping_for_file,
    plan=table_import.plan_import,
    apply=table_import.apply_import,
    summary=_accounts_summary,
    changes=_accounts_changes,
    finished=_accounts_finished,
)


# -- deals ------------------------------------------------------------------------------

def _deal_field(field: str) -> str:
    return {
        "inn": QCoreApplication.translate("DealsImport", "Client's INN"),
        "name": QCoreApplication.translate("DealsImport", "Client's name"),
        "date": QCoreApplication.translate("DealsImport", "Date"),
        "amount": QCoreApplication.translate("DealsImport", "Amount"),
        "product_group": QCoreApplication.translate("DealsImport", "Product group"),
        "reference": QCoreApplication.translate("DealsImport", "Document or contract"),
    }[field]


def _deals_unmapped(columns: Mapping[str, int]) -> str:
    if "inn" not in columns and "name" not in columns:
        return QCoreApplication.translate(
            "DealsImport", "Choose the column that holds the client's INN or name.")
    if "date" not in columns or "amount" not in columns:
        return QCoreApplication.translate(
            "DealsImport", "Choose the columns that hold the deal's date and amount.")
    return ""


def _deals_summary(plan: deals_import.DealsPlan) -> list[str]:
    return [QCoreApplication.translate(
        "DealsImport", "Deals: <b>{add}</b> to add, <b>{update}</b> to update, {same} "
        "unchanged. Clients: {accounts}.").format(
        add=plan.added, update=plan.updated, same=plan.unchanged, accounts=len(plan.accounts))]


def _deals_changes(plan: deals_import.DealsPlan) -> list[tuple[str, str]]:
    add = QCoreApplication.translate("DealsImport", "Add deal")
    update = QCoreApplication.translate("DealsImport", "Update deal")
    return [(update if deal.existing is not None else add,
             " · ".join(filter(None, [
                 f"{deal.account}: {QLocale().toString(deal.date, QLocale.FormatType.ShortFormat)}",
                 format_money(deal.amount), deal.product_group, deal.reference])))
            for deal in plan.deals_changed]


DEALS = Importer(
    name="deals_import",
    title=lambda: QCoreApplication.translate("DealsImport",
                                             "Import deals from a shipments or orders export"),
    groups=lambda: [(QCoreApplication.translate("DealsImport", "Client"), ("inn", "name")),
                    (QCoreApplication.translate("DealsImport", "Deal"),
                     ("date", "amount", "product_group", "reference"))],
    label=_deal_field,
    required=("date", "amount"),
    note=lambda: QCoreApplication.translate(
        "DealsImport", "* required, and the client's INN or name. Rows are matched to the "
        "portfolio's accounts by INN, else by name; rows of one document add up. Importing "
        "the same file again adds nothing."),
    unmapped=_deals_unmapped,
    guess=deals_import.guess_mapping,
    resolve=deals_import.resolve_mapping,
    for_file=lambda columns, table: mapping_for_file(columns, table, deals_import.FIELDS),
    plan=deals_import.plan_deals,
    apply=deals_import.apply_deals,
    summary=_deals_summary,
    changes=_deals_changes,
    finished=lambda plan: QCoreApplication.translate(
        "DealsImport", "Imported. Deals: {added} added, {updated} updated.").format(
        added=plan.added, updated=plan.updated),
)
