"""SQL functions the services may use on any database.

``sum_in_cents(money)`` sums a money column exactly. ``potential_in_force(year)`` is an
account's potential in force in a year. ``casefold(text)`` folds case for searching.
SQLite's own ``lower()`` only knows ASCII, so on SQLite it is Python's ``str.casefold``
registered on each connection; on other databases it compiles to their Unicode-aware
``lower()``.
"""
from __future__ import annotations

from sqlalchemy import Integer, String, cast, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

from kam_desktop.store.models import Account, Potential


def sum_in_cents(column):
    """The sum of a money column in whole cents: exact, where a sum of the stored numbers
    (floating point in SQLite) could be a cent off."""
    return func.sum(cast(func.round(column * 100), Integer))


def potential_in_force(year: int):
    """The account's potential in force in ``year``, per account of the enclosing query:
    that of the latest year up to it, as domain.wallet.potential_in picks it. Written on
    the tables, not the mapped classes: a query of them alone is compiled without first
    configuring every mapper (see services.portfolio)."""
    account, potential = Account.__table__, Potential.__table__
    earlier = potential.alias()
    latest = select(func.max(earlier.c.year)).where(
        earlier.c.account_id == account.c.id, earlier.c.year <= year).correlate(account) \
        .scalar_subquery()
    return select(potential.c.amount).where(potential.c.account_id == account.c.id,
                                            potential.c.year == latest).scalar_subquery()


class casefold(GenericFunction):  # noqa: N801 - named like the SQL function it is
    type = String()
    inherit_cache = True


@compiles(casefold)
def _default(element, compiler, **kw):
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(casefold, "sqlite")
def _sqlite(element, compiler, **kw):
    return f"py_casefold({compiler.process(element.clauses, **kw)})"


def register_sqlite_functions(dbapi_connection) -> None:
    dbapi_connection.create_function(
        "py_casefold", 1, lambda text: None if text is None else text.casefold(),
        deterministic=True)
