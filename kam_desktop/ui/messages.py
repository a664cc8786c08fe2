"""Translating the messages of the rules and services (see kam_desktop.domain.text).

The templates are listed here so that lupdate finds them; a test checks that every
template the services can send is on the list.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kam_desktop.domain.text import Text

CONTEXT = "messages"

TEMPLATES = (
    QT_TRANSLATE_NOOP("messages", "an INN has 10 digits (organisation) or 12 digits (individual)"),
    QT_TRANSLATE_NOOP("messages", "the INN's check digit does not match"),
    QT_TRANSLATE_NOOP("messages", "{text} is not a period: write a year (2025) or a quarter (2025-Q3)"),
    QT_TRANSLATE_NOOP("messages", "{department}: {percent} is not between 0 and 100"),
    QT_TRANSLATE_NOOP("messages", "the shares sum to {total} %, not 100 %"),
    QT_TRANSLATE_NOOP("messages", "{value} is not between {low} and {high}"),
    QT_TRANSLATE_NOOP("messages", "expected answers to the diagnostic questions"),
    QT_TRANSLATE_NOOP("messages", "{key} is not one of the diagnostic questions"),
    QT_TRANSLATE_NOOP("messages", "the answer to {key} must be yes or no"),
    QT_TRANSLATE_NOOP("messages", "expected competitor names with their ladder levels"),
    QT_TRANSLATE_NOOP("messages", "a competitor needs a name"),
    QT_TRANSLATE_NOOP("messages", "{name}: {level} is not a ladder level from 1 to 4"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a currency code such as RUB"),
    QT_TRANSLATE_NOOP("messages", "unknown kind of record {kind}"),
    QT_TRANSLATE_NOOP("messages", "is not a field that can be edited"),
    QT_TRANSLATE_NOOP("messages", "must not be empty"),
    QT_TRANSLATE_NOOP("messages", "choose the account the person moved to"),
    QT_TRANSLATE_NOOP("messages", "the person is already at this account"),
    QT_TRANSLATE_NOOP("messages", "is not a contact of {account}"),
    QT_TRANSLATE_NOOP("messages", "{value} is not one of: {allowed}"),
    QT_TRANSLATE_NOOP("messages", "must be yes or no"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("messages", "{value} is not an amount of money"),
    QT_TRANSLATE_NOOP("messages", "an amount of money cannot be negative"),
    QT_TRANSLATE_NOOP("messages", "{value} has more than two decimal places"),
    QT_TRANSLATE_NOOP("messages", "{value} is too large (the limit is {limit})"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a number"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a whole number"),
    QT_TRANSLATE_NOOP("messages", "cannot be negative"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a record id"),
    QT_TRANSLATE_NOOP("messages", "{value} is not text"),
    QT_TRANSLATE_NOOP("messages", "is longer than {length} characters"),
    QT_TRANSLATE_NOOP("messages", "the record no longer exists"),
    QT_TRANSLATE_NOOP("messages", "say why the client is sleeping or lost"),
    QT_TRANSLATE_NOOP("messages", "another account is already called {name}"),
    QT_TRANSLATE_NOOP("messages", "there is already revenue for {period}"),
    QT_TRANSLATE_NOOP("messages", "{name} is already on this account"),
    QT_TRANSLATE_NOOP("messages", "reports to someone at another client"),
    QT_TRANSLATE_NOOP("messages", "would make a reporting circle"),
    QT_TRANSLATE_NOOP("messages", "needs the record it belongs to"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a person's id"),
    QT_TRANSLATE_NOOP("messages", "{person} is neither a contact nor a team member of this account"),
    QT_TRANSLATE_NOOP("messages", "{stage} is not a stage of the service conveyor"),
    QT_TRANSLATE_NOOP("messages", "the account no longer exists"),
    QT_TRANSLATE_NOOP("messages", "a department needs a name"),
    QT_TRANSLATE_NOOP("messages", "{name}: a department name is longer than {length} characters"),
    QT_TRANSLATE_NOOP("messages", "{name} is given twice"),
    QT_TRANSLATE_NOOP("messages", "{name}: {percent} is not a percentage"),
    QT_TRANSLATE_NOOP("messages", "no account is called {name}"),
    QT_TRANSLATE_NOOP("messages", "{account} has no contact called {name}"),
    QT_TRANSLATE_NOOP("messages", "the period starts after it ends"),
    QT_TRANSLATE_NOOP("messages", "name exactly one account"),
    # spreadsheets in and out, the calendar (services/tabular, table_import, files)
    QT_TRANSLATE_NOOP("messages", "cannot write the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "cannot read the file: {reason}"),
    QT_TRANSLATE_NOOP("messages", "this is an old Excel file (.xls): save it as .xlsx or .csv"),
    QT_TRANSLATE_NOOP("messages", "this is not a text file"),
    QT_TRANSLATE_NOOP("messages", "the file has no rows"),
    QT_TRANSLATE_NOOP("messages", "the first sheet has more than {limit} cells"),
    QT_TRANSLATE_NOOP("messages", "the first sheet ({sheet}) has no rows"),
    QT_TRANSLATE_NOOP("messages", "the file has more than {limit} rows"),
    QT_TRANSLATE_NOOP("messages", "the file is larger than {limit} MB"),
    QT_TRANSLATE_NOOP("messages", "the file's encoding is neither UTF-8 nor Windows-1251"),
    QT_TRANSLATE_NOOP("messages", "the file is UTF-8 text with a broken character on line {line}"),
    QT_TRANSLATE_NOOP("messages", "line {line}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "this is not an Excel workbook that can be read: {reason}"),
    QT_TRANSLATE_NOOP("messages", "the file name must end in .csv or .xlsx"),
    QT_TRANSLATE_NOOP("messages", "the mapping must be a JSON object of field: column"),
    QT_TRANSLATE_NOOP("messages", "the mapping file is not UTF-8 text"),
    QT_TRANSLATE_NOOP("messages", "not valid JSON: {problem} at line {line}"),
    QT_TRANSLATE_NOOP("messages", "map a column to the account name"),
    QT_TRANSLATE_NOOP("messages", "is not a field of the import (did you mean {close}?)"),
    QT_TRANSLATE_NOOP("messages", "is not a field of the import; the fields are: {fields}"),
    QT_TRANSLATE_NOOP("messages", "give a column by its header text or its number, not {value}"),
    QT_TRANSLATE_NOOP("messages", "there is no column {number}: the file has {count}"),
    QT_TRANSLATE_NOOP("messages", "no column is called {name}"),
    QT_TRANSLATE_NOOP("messages", "the column {name} appears more than once: give its number instead"),
    QT_TRANSLATE_NOOP("messages", "the account name is empty"),
    QT_TRANSLATE_NOOP("messages", "contact details without the contact's name"),
    QT_TRANSLATE_NOOP("messages", "the line has more cells than the header: a delimiter inside a value without quotes?"),
    QT_TRANSLATE_NOOP("messages", "the INN is that of {inn_name} (line {inn_line}), the name that of line {line}"),
    QT_TRANSLATE_NOOP("messages", "line {line} gives {name} the INN {inn}"),
    QT_TRANSLATE_NOOP("messages", "{name} has the INN {inn} in the portfolio"),
    QT_TRANSLATE_NOOP("messages", "line {line} gives this INN to {name}"),
    QT_TRANSLATE_NOOP("messages", "line {line} gives another value: {value}"),
    QT_TRANSLATE_NOOP("messages", "{value} is not a category: write key, developing key, maintained or occasional"),
    QT_TRANSLATE_NOOP("messages", "{value} is not an e-mail address"),
)


def translated(message: str) -> str:
    """``message`` in the interface's language when it is a translatable Text."""
    if not isinstance(message, Text):
        return message
    return QCoreApplication.translate(CONTEXT, message.template).format(**message.args)
