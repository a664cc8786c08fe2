"""The reads of the whole portfolio run with the file mapped into memory and their temporary
b-trees in memory (store.database.mapped_read, issue #15), and with Python's cyclic garbage
collection paused: each is there while they run and gone after, and what they read is
exactly what the same reads give unmapped — on the demo, every row and figure in the same
order."""
from __future__ import annotations

import gc
import threading
from datetime import date

import pytest
from sqlalchemy import event

from kam_desktop.services import demo
from kam_desktop.services.analytics import portfolio_analytics
from kam_desktop.services.completeness import dossier_completeness
from kam_desktop.services.group_share import groups_named
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.today import today_items
from kam_desktop.store import database
from kam_desktop.store.database import mapped_read

TODAY = date(2026, 3, 2)


def _mapped(session) -> int:
    raw = session.connection().connection.dbapi_connection
    return raw.execute("PRAGMA mmap_size").fetchone()[0]


def _temporary_in_memory(session) -> bool:
    raw = session.connection().connection.dbapi_connection
    return raw.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_the_map_is_there_while_a_read_runs_and_an_inner_read_leaves_it(db) -> None:
    with db.sessions() as session:
        assert _mapped(session) == 0 and not _temporary_in_memory(session)
        with mapped_read(session):
            outer = _mapped(session)
            with mapped_read(session):
                assert _mapped(session) == outer and _temporary_in_memory(session)
            assert _mapped(session) == outer > 0 and _temporary_in_memory(session)
        assert _mapped(session) == 0 and not _temporary_in_memory(session)


def test_the_map_goes_when_the_read_fails(db) -> None:
    with db.sessions() as session:
        try:
            with mapped_read(session):
                raise LookupError("the read failed")
        except LookupError:
            pass
        assert _mapped(session) == 0 and not _temporary_in_memory(session)


@pytest.fixture
def collecting():
    """Automatic collection on, as in the command line (the window switches it off)."""
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_collection_is_back_after_a_failed_read_and_stays_off_where_it_was(db, collecting) -> None:
    @database.reads_mapped
    def failing(session) -> None:
        assert not gc.isenabled()
        raise LookupError("the read failed")

    with db.sessions() as session:
        for on in (True, False):
            (gc.enable if on else gc.disable)()
            with pytest.raises(LookupError):
                failing(session)
            assert gc.isenabled() == on


def test_a_read_on_another_thread_leaves_collection_to_the_main_thread(collecting) -> None:
    """The window switches collection off on its own thread while a worker reads: the
    worker's read ending must not switch it back on."""
    reading, switched_off = threading.Event(), threading.Event()
    seen = []

    def worker() -> None:
        with database.collection_paused():
            reading.set()
            switched_off.wait(5)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert reading.wait(5)
        gc.disable()
    finally:
        switched_off.set()
        thread.join(5)
    assert seen == [False] and not gc.isenabled()


def test_the_whole_portfolio_reads_mapped_exactly_as_unmapped(db, monkeypatch, collecting) -> None:
    with db.transaction() as session:
        demo.load_demo(session, accounts=60, seed=5, today=TODAY)
    seen: set[int] = set()
    collection_on: set[bool] = set()

    def note_the_map(connection, *_args) -> None:
        raw = connection.connection.dbapi_connection
        seen.add(raw.execute("PRAGMA mmap_size").fetchone()[0])
        collection_on.add(gc.isenabled())

    with db.sessions() as session:
        listed = groups_named(session)
        reads = {
            "portfolio": lambda: list_accounts(session, today=TODAY),
            "today": lambda: today_items(session, today=TODAY),
            "completeness": lambda: dossier_completeness(session, today=TODAY),
            "dashboard": lambda: portfolio_analytics(session, today=TODAY,
                                                     product_groups=listed),
        }
        event.listen(db.engine, "before_cursor_execute", note_the_map)
        try:
            for name, read in reads.items():
                seen.clear()
                collection_on.clear()
                mapped = read()
                assert 0 not in seen, name  # every statement read the mapped file
                assert collection_on == {False} and gc.isenabled(), name
                seen.clear()
                with monkeypatch.context() as unmapping:
                    unmapping.setattr(database, "MAPPED_READ_BYTES", 0)
                    unmapped = read()
                assert seen == {0}, name
                assert repr(mapped) == repr(unmapped), name
                assert mapped, name  # the demo gives each read something to compare
        finally:
            event.remove(db.engine, "before_cursor_execute", note_the_map)
