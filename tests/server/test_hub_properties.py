"""Three laptops make random edits (some of the same field of the same record, on two
laptops before they meet), additions, deletions and erasures and exchange them partly
through the hub (push, pull) and partly through bundle files, in random order: once
everyone has synchronised through the hub, the three laptops and the hub hold the same
portfolio (the same normal form of every table that travels), and no erased person is
left on any of them."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select

from kam_desktop.services import records
from kam_desktop.services.erasure import erase_contact
from kam_desktop.services.errors import InputError
from kam_desktop.services.server import pull, push, sync_now
from kam_desktop.services.sync import export_bundle, receive_bundle
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, Contact

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402
from sync_support import Determinism  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hub_support import normal_form, normal_form_at  # noqa: E402

LAPTOPS = 3
laptop = st.integers(0, LAPTOPS - 1)
pick = st.integers(0, 999)
step = st.one_of(
    st.tuples(st.just("edit"), laptop, pick),
    st.tuples(st.just("clash"), laptop, pick),
    st.tuples(st.just("contact"), laptop, pick),
    st.tuples(st.just("delete"), laptop, pick),
    st.tuples(st.just("erase"), laptop, pick),
    st.tuples(st.just("push"), laptop, pick),
    st.tuples(st.just("pull"), laptop, pick),
    st.tuples(st.just("file"), laptop, pick),
)


class Team:
    """Three laptops and a hub, with the steps a history is made of."""

    def __init__(self, folder: Path, url: str) -> None:
        self.folder, self.url = folder, url
        self.dbs = [fresh_database(folder / f"laptop{i}" / "portfolio.sqlite3")
                    for i in range(LAPTOPS)]
        self.numbers = iter(range(1, 10_000))
        self.erased: list[str] = []

    def _ids(self, db: Database, query) -> list:
        with db.sessions() as session:
            return sorted(session.scalars(query), key=str)

    def edit(self, db: Database, choice: int) -> None:
        accounts = self._ids(db, select(Account.id))
        if accounts:
            with db.transaction() as session:
                records.update_record(session, kind="account",
                                      record_id=accounts[choice % len(accounts)],
                                      changes={"notes": f"note {next(self.numbers)}"})

    def clash(self, db: Database, choice: int) -> None:
        """The same field of the same account changed on this laptop and the next one
        before they exchange: a conflict, settled the same way everywhere."""
        self.edit(db, choice)
        self.edit(self.dbs[(self.dbs.index(db) + 1) % LAPTOPS], choice)

    def contact(self, db: Database, choice: int) -> None:
        accounts = self._ids(db, select(Account.id))
        if accounts:
            number = next(self.numbers)
            with db.transaction() as session:
                contact = records.add_record(
                    session, kind="contact", parent_id=accounts[choice % len(accounts)],
                    values={"name": f"Персона{number} Тестова"})
                records.add_record(session, kind="personal_notes", parent_id=contact,
                                   values={"education": f"Диплом{number}"})

    def delete(self, db: Database, choice: int) -> None:
        contacts = self._ids(db, select(Contact.id))
        if contacts:
            with db.transaction() as session:
                records.delete_record(session, kind="contact",
                                      record_id=contacts[choice % len(contacts)])

    def erase(self, db: Database, choice: int) -> None:
        contacts = self._ids(db, select(Contact.id))
        if contacts:
            contact = contacts[choice % len(contacts)]
            with db.sessions() as session:
                self.erased.append(session.get(Contact, contact).name)
            with db.transaction() as session:
                erase_contact(session, contact_id=contact, erased_by="test")

    def push(self, db: Database, _choice: int) -> None:
        push(db, url=self.url)

    def pull(self, db: Database, _choice: int) -> None:
        pull(db, url=self.url)

    def file(self, db: Database, choice: int) -> None:
        receiver = self.dbs[choice % LAPTOPS]
        if receiver is db:
            return
        path = self.folder / "exchange.kamsync"
        with db.transaction() as session:
            export_bundle(session, path=path, allow_unlocked=True, with_personal=True)
        receive_bundle(receiver, path=path)
        path.unlink()

    def close(self) -> None:
        for db in self.dbs:
            db.close()


def _on_hub(url: str, name: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(Contact)
                                      .where(Contact.name == name)).scalar_one()
    finally:
        engine.dispose()


@settings(max_examples=max(4, settings.default.max_examples // 25))
@given(seed=st.integers(0, 2 ** 32 - 1), steps=st.lists(step, min_size=4, max_size=12))
def test_laptops_exchanging_through_hub_and_files_converge(postgres, seed, steps):
    determinism = Determinism()
    determinism.reseed(seed)
    folder = Path(tempfile.mkdtemp(prefix="kam-hub-props-"))
    database = postgres.new_hub()
    url = postgres.url(database)
    team = Team(folder, url)
    try:
        first = team.dbs[0]
        for name in ("Альфа", "Бета"):
            with first.transaction() as session:
                records.add_record(session, kind="account", parent_id=None,
                                   values={"name": name})
        team.contact(first, 0)
        team.contact(first, 1)
        push(first, url=url)
        for db in team.dbs[1:]:
            team.file(first, team.dbs.index(db))
        for action, who, choice in steps:
            try:
                getattr(team, action)(team.dbs[who], choice)
            except InputError:
                pass  # e.g. a record deleted meanwhile
        for db in team.dbs:  # then the hub holds everything…
            sync_now(db, url=url)
        for db in team.dbs:  # …and gives it to everyone
            pull(db, url=url)
        forms = []
        for db in team.dbs:
            with db.engine.connect() as connection:
                forms.append(normal_form(connection))
        assert forms[0] == forms[1] == forms[2]
        assert normal_form_at(url) == forms[0]
        for name in team.erased:
            assert _on_hub(url, name) == 0
            assert all(name not in str(form) for form in forms)
    finally:
        team.close()
        determinism.restore()
        postgres.drop_database(database)
        shutil.rmtree(folder, ignore_errors=True)
