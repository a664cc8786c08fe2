"""Access rights on the hub, proved by logging in as each role and trying plain SQL: the
server, not our client, decides what each login reads and writes."""
from __future__ import annotations

import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select

from kam_desktop.services import records
from kam_desktop.services.errors import InputError
from kam_desktop.services.server import pull, push
from kam_desktop.store.models import Account, Contact
from kam_desktop.store.server_access import add_user, apply_access

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402

#: login -> (person, head of sales)
PEOPLE = {
    "anna": ("Анна Петрова", False),      # owns «Альфа»
    "boris": ("Борис Сидоров", False),    # on the team of «Альфа»
    "victor": ("Виктор Орлов", False),    # owns «Бета»
    "olga": ("Ольга Ёлкина", True),       # head of sales, on no team
    "pyotr": ("Пётр Ильин", True),        # head of sales, on the team of «Бета»
}


@pytest.fixture(scope="module")
def portfolio(postgres, tmp_path_factory):
    """A hub holding two accounts, each with a contact whose questionnaire is filled,
    with the access rights applied and a login per person."""
    name = postgres.new_hub()
    url = postgres.url(name)
    laptop = fresh_database(tmp_path_factory.mktemp("access") / "portfolio.sqlite3")
    with laptop.transaction() as session:
        for account_name, owner, member in (("Альфа", "анна  петрова", "БОРИС Сидоров"),
                                            ("Бета", "Виктор Орлов", "Петр Ильин")):
            account = records.add_record(session, kind="account", parent_id=None,
                                         values={"name": account_name, "owner": owner})
            records.add_record(session, kind="team_member", parent_id=account,
                               values={"name": member})
            contact = records.add_record(session, kind="contact", parent_id=account,
                                         values={"name": f"Клиент {account_name}"})
            records.add_record(session, kind="personal_notes", parent_id=contact,
                               values={"education": f"Диплом {account_name}"})
    push(laptop, url=url)
    laptop.close()
    engine = create_engine(url)
    with engine.begin() as connection:
        apply_access(connection)
        apply_access(connection)  # again: the same result
        for login, (person, head) in PEOPLE.items():
            add_user(connection, login=login, person=person, head=head)
    with engine.connect() as connection:
        ids = dict(connection.execute(select(Account.name, Account.id)).all())
        contacts = dict(connection.execute(select(Contact.account_id, Contact.id)).all())
    engine.dispose()
    yield postgres, name, ids, contacts
    with postgres.admin() as connection:
        for login in PEOPLE:
            connection.execute(f'DROP ROLE IF EXISTS "{login}"')
    postgres.drop_database(name)


def _as(portfolio, login: str) -> psycopg.Connection:
    postgres, name, _, _ = portfolio
    return psycopg.connect(dbname=name, user=login, host=str(postgres.folder))


def _accounts(connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM account")}


def _notes(connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT education FROM personal_notes")}


@pytest.mark.parametrize("login, accounts, notes", [
    ("anna", {"Альфа"}, {"Диплом Альфа"}),
    ("boris", {"Альфа"}, {"Диплом Альфа"}),
    ("victor", {"Бета"}, {"Диплом Бета"}),
    ("olga", {"Альфа", "Бета"}, set()),
    ("pyotr", {"Альфа", "Бета"}, {"Диплом Бета"}),
])
def test_each_login_reads_what_it_may(portfolio, login, accounts, notes):
    with _as(portfolio, login) as connection:
        assert _accounts(connection) == accounts
        assert _notes(connection) == notes
        contacts = {row[0] for row in connection.execute("SELECT name FROM contact")}
        assert contacts == {f"Клиент {name}" for name in accounts}
        members = {row[0] for row in connection.execute(
            "SELECT a.name FROM team_member t JOIN account a ON a.id = t.account_id")}
        assert members == accounts


def test_a_manager_writes_only_their_accounts(portfolio):
    _, _, ids, contacts = portfolio
    with _as(portfolio, "anna") as connection:
        changed = connection.execute("UPDATE account SET notes = 'x' WHERE id = %s",
                                     (ids["Альфа"],)).rowcount
        assert changed == 1
        hidden = connection.execute("UPDATE account SET notes = 'x' WHERE id = %s",
                                    (ids["Бета"],)).rowcount
        assert hidden == 0
        assert connection.execute("DELETE FROM contact WHERE account_id = %s",
                                  (ids["Бета"],)).rowcount == 0
        connection.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            # a copy of a contact of her own, put at another's account
            connection.execute(
                "INSERT INTO contact SELECT (jsonb_populate_record(NULL::contact, to_jsonb(c)"
                " || jsonb_build_object('id', %s::text, 'account_id', %s::text))).* "
                "FROM contact c LIMIT 1", (str(uuid.uuid4()), str(ids["Бета"])))
        connection.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor give one away
            connection.execute("UPDATE account SET owner = 'Виктор Орлов' WHERE id = %s",
                               (ids["Альфа"],))


def test_the_head_of_sales_cannot_touch_the_questionnaires_of_others(portfolio):
    _, _, ids, contacts = portfolio
    with _as(portfolio, "olga") as connection:
        assert connection.execute("UPDATE personal_notes SET education = 'x'").rowcount == 0
        assert connection.execute("DELETE FROM personal_notes").rowcount == 0
        assert connection.execute("UPDATE account SET notes = 'seen' WHERE id = %s",
                                  (ids["Бета"],)).rowcount == 1
        connection.rollback()


def test_a_login_without_a_person_sees_nothing(portfolio):
    postgres, name, _, _ = portfolio
    with postgres.admin() as connection:
        connection.execute('CREATE ROLE "nobody" LOGIN IN ROLE kam_manager')
    try:
        with _as(portfolio, "nobody") as connection:
            assert _accounts(connection) == set() and _notes(connection) == set()
    finally:
        with postgres.admin() as connection:
            connection.execute('DROP ROLE "nobody"')


def test_grant_on_the_command_line(cli, postgres, tmp_path):
    name = postgres.new_hub()
    url = postgres.url(name)
    try:
        run = cli("server", "grant", url, "--login", "carla", "--person", "Карла  Кузнецова")
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith("carla works on postgresql+psycopg://")
        assert run.stdout.rstrip().endswith(" as Карла  Кузнецова, manager")
        with psycopg.connect(dbname=name, user="carla", host=str(postgres.folder)) as carla:
            assert carla.execute("SELECT count(*) FROM account").fetchone() == (0,)
            assert carla.execute("SELECT person FROM kam_user").fetchall() == [
                ("Карла Кузнецова",)]
        empty = cli("server", "grant", url, "--login", "dora", "--person", " ")
        assert empty.returncode == 2
        assert empty.stderr == "kam-desktop: error: --person: must not be empty\n"
    finally:
        postgres.drop_database(name)
        with postgres.admin() as connection:
            connection.execute('DROP ROLE IF EXISTS "carla"')


def test_our_client_pushes_under_a_managers_login_only_what_the_rules_allow(postgres,
                                                                           tmp_path):
    """A push writes by COPY into a staging table and INSERT … SELECT from it: the
    policies still judge every row it brings, and a push with one row they refuse is
    refused whole."""
    name = postgres.new_hub()
    url = postgres.url(name)
    owner = fresh_database(tmp_path / "owner.sqlite3")
    with owner.transaction() as session:
        account = records.add_record(session, kind="account", parent_id=None,
                                     values={"name": "Дельта", "owner": "Зоя Белова"})
    push(owner, url=url)
    owner.close()
    engine = create_engine(url)
    with engine.begin() as connection:
        apply_access(connection)
        add_user(connection, login="zoya", person="Зоя Белова")
    engine.dispose()
    zoya = postgres.url(name, user="zoya")
    laptop = fresh_database(tmp_path / "zoya.sqlite3")
    try:
        pull(laptop, url=zoya)
        with laptop.transaction() as session:
            records.add_record(session, kind="contact", parent_id=account,
                               values={"name": "Клиент Дельта"})
        assert push(laptop, url=zoya).result.accounts[0][1].records_added == 1
        with laptop.transaction() as session:  # an account she would give away
            records.add_record(session, kind="account", parent_id=None,
                               values={"name": "Эпсилон", "owner": "Виктор Орлов"})
            records.add_record(session, kind="contact", parent_id=account,
                               values={"name": "Второй клиент"})
        with pytest.raises(InputError, match="refused.*row-level security"):
            push(laptop, url=zoya)
        with postgres.admin(name) as connection:
            assert {row[0] for row in connection.execute("SELECT name FROM account")} \
                == {"Дельта"}
            assert {row[0] for row in connection.execute("SELECT name FROM contact")} \
                == {"Клиент Дельта"}
    finally:
        laptop.close()
        postgres.drop_database(name)
        with postgres.admin() as connection:
            connection.execute('DROP ROLE IF EXISTS "zoya"')
