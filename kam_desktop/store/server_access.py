"""Access rights on the team server, enforced by PostgreSQL itself: roles and row-level
security policies, so that a login sees and changes only what it may whichever program
it uses — our client or plain SQL.

- Each manager logs in as a role of their own, a member of ``kam_manager``; the head of
  sales as a member of ``kam_head_of_sales``. ``kam_user`` says which person (the name
  used as an account's owner and in its account team) each login is.
- A manager reads and writes the accounts they own or are on the account team of, with
  everything those accounts hold; the head of sales every account.
- A contact's personal questionnaire (``personal_notes``) only the account's owner and
  its account team — the head of sales too only when on that team.
- The exchange's bookkeeping that names an account (deletions, seen vectors, the conflict
  log, the erasure log) follows its account; the rest (replicas, stamps, imports) and the
  exchange rates are shared.

Names are compared as the window compares them (case, ё/е and extra spaces aside). The
table owner (the administrator who ran ``server init``) is not bound by the policies.
"""
from __future__ import annotations

from sqlalchemy import Connection, text

from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import Base

MANAGER, HEAD = "kam_manager", "kam_head_of_sales"
#: bookkeeping tables that name their account in ``account_id``
_BY_ACCOUNT = ("sync_tombstone", "sync_seen", "sync_conflict", "erasure_log")

_FUNCTIONS = r"""
CREATE TABLE IF NOT EXISTS kam_user (
    login name PRIMARY KEY,
    person text NOT NULL
);
-- Cyrillic folded by hand: lower() leaves it as it is under the C locale
CREATE OR REPLACE FUNCTION kam_folded(value text) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$ SELECT btrim(regexp_replace(translate(lower(coalesce(value, '')),
                                         'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯё',
                                         'абвгдеежзийклмнопрстуфхцчшщъыьэюяе'),
                               '\s+', ' ', 'g')) $$;
-- the person the login works as ('' for none)
CREATE OR REPLACE FUNCTION kam_me() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce((SELECT kam_folded(person) FROM kam_user WHERE login = session_user), '') $$;
CREATE OR REPLACE FUNCTION kam_is_head() RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT pg_has_role(session_user, 'kam_head_of_sales', 'MEMBER') $$;
-- read past the policies: whether the login is on the account's team, or owns it
CREATE OR REPLACE FUNCTION kam_on_team(account uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT kam_me() <> '' AND EXISTS (SELECT 1 FROM team_member t WHERE t.account_id = account
                                     AND kam_folded(t.name) = kam_me()) $$;
CREATE OR REPLACE FUNCTION kam_on_account(account uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT kam_on_team(account) OR (kam_me() <> '' AND EXISTS (
       SELECT 1 FROM account a WHERE a.id = account AND kam_folded(a.owner) = kam_me())) $$;
CREATE OR REPLACE FUNCTION kam_sees_account(account uuid) RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT kam_is_head() OR kam_on_account(account) $$;
"""


def _account_of(table: str) -> str:
    """An SQL expression of the account a row of ``table`` belongs to."""
    if table == "account":
        return "id"
    if table in _BY_ACCOUNT:
        return "account_id"
    column, parent = SHAPES[table].owner
    if parent == "account":
        return column
    return f"kam_account_of_{parent}({column})"


def _parent_functions() -> str:
    """For a record of a record of an account: its parent's account, read past the
    policies (the parent's own policy is not the question)."""
    parents = sorted({shape.owner[1] for shape in SHAPES.values()
                      if shape.owner and shape.owner[1] != "account"})
    return "".join(
        f"CREATE OR REPLACE FUNCTION kam_account_of_{parent}(record uuid) RETURNS uuid\n"
        f"    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS\n"
        f"$$ SELECT account_id FROM {parent} WHERE id = record $$;\n" for parent in parents)


def _policies() -> str:
    statements = []
    for table in [*SHAPES, *_BY_ACCOUNT]:
        account = _account_of(table)
        rule = f"kam_on_account({account})" if table == "personal_notes" \
            else f"kam_sees_account({account})"
        # an account as it is written: its new owner and team, not the stored ones
        check = "kam_is_head() OR kam_folded(owner) = kam_me() OR kam_on_team(id)" \
            if table == "account" else rule
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;",
            f"DROP POLICY IF EXISTS kam_access ON {table};",
            f"CREATE POLICY kam_access ON {table} USING ({rule}) WITH CHECK ({check});",
        ]
    return "\n".join(statements)


def _create_role(connection: Connection, role: str, login: bool) -> None:
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"),
                          {"role": role}).first() is None:
        connection.exec_driver_sql(f"CREATE ROLE {_identifier(connection, role)} "
                                   + ("LOGIN" if login else "NOLOGIN"))


def apply_access(connection: Connection) -> None:
    """Create the roles, the functions and the policies (again: the same result), as
    the hub's owner, in the caller's transaction."""
    for role in (MANAGER, HEAD):
        _create_role(connection, role, login=False)
    connection.exec_driver_sql(_FUNCTIONS + _parent_functions() + _policies())
    tables = ", ".join(sorted(Base.metadata.tables))
    for role in (MANAGER, HEAD):
        connection.exec_driver_sql(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {role};"
            f"GRANT SELECT ON alembic_version, kam_user TO {role};"
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};")


def add_user(connection: Connection, *, login: str, person: str, head: bool = False) -> None:
    """Let the PostgreSQL role ``login`` (created without a password when missing: the
    administrator sets one, or the server authenticates it otherwise) work as ``person``:
    a manager, or the head of sales."""
    _create_role(connection, login, login=True)
    group = HEAD if head else MANAGER
    connection.exec_driver_sql(f"GRANT {group} TO {_identifier(connection, login)}")
    connection.execute(text(
        "INSERT INTO kam_user (login, person) VALUES (:login, :person) "
        "ON CONFLICT (login) DO UPDATE SET person = excluded.person"),
        {"login": login, "person": person})


def _identifier(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)
