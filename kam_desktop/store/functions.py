"""SQL functions the services may use on any database.

``sum_in_cents(money)`` sums a money column exactly. ``casefold(text)`` folds case for
searching. SQLite's own ``lower()`` only knows ASCII,
so on SQLite it is Python's ``str.casefold`` registered on each connection; on other
databases it compiles to their Unicode-aware ``lower()``.
"""
from __future__ import annotations

from sqlalchemy import Integer, String, cast, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


def sum_in_cents(column):
    """The sum of a money column in whole cents: exact, where a sum of the stored numbers
    (floating point in SQLite) could be a cent off."""
    return func.sum(cast(func.round(column * 100), Integer))


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
