"""The state an exchange reads from a database: ids are read as the text the database
holds and written in their bundle form directly. The lines are exactly those of reading
each id as a UUID and encoding it by its codec, as before."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kam_desktop.services.demo import load_demo
from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.sync.state import export_state
from kam_desktop.sync.values import CODECS


def _encoded_from_typed_values(connection, table_name: str) -> dict[str, dict]:
    shape = SHAPES[table_name]
    table = shape.table
    codecs = CODECS[table_name]
    rows = connection.execute(select(table.c[shape.key], *(table.c[name]
                                                           for name in shape.fields)))
    return {str(row[0]): {name: codecs[name].encode(value)
                          for name, value in zip(shape.fields, row[1:])} for row in rows}


def test_the_lines_hold_what_the_codecs_make_of_the_typed_values(db):
    with db.transaction() as session:
        load_demo(session, accounts=3, seed=4, today=date(2026, 6, 1))
    with db.transaction() as session:
        connection = session.connection()
        no, _ = clock.self_replica(connection)
        state = export_state(connection, None, (1, no))
        compared = 0
        for table_name, lines in state.tables:
            expected = _encoded_from_typed_values(connection, table_name)
            got = {line["id"]: line["f"] for line in lines}
            assert got == expected, table_name
            compared += len(got)
        assert compared > 500  # every kind of record the demo holds
