"""``kam-desktop holding`` as a user runs it: the group and its revenue in roubles (the
hand-computed 3 500 000), setting and clearing a holding, and a circle refused in one
line with exit code 2 and nothing changed."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.records import add_record
from kam_desktop.store.database import open_database

LAST_YEAR = str(date.today().year - 1)


def _portfolio(db_path) -> None:
    database = open_database(db_path)
    try:
        with database.transaction() as session:
            for name, currency, amount in (("УГМК", "RUB", "1000000"),
                                           ("Ревдинский завод", "RUB", "500000"),
                                           ("UGMK Europe", "EUR", "20000")):
                account = add_record(session, kind="account", parent_id=None,
                                     values={"name": name, "currency": currency})
                add_record(session, kind="revenue", parent_id=account,
                           values={"period": LAST_YEAR, "amount": amount})
            set_rate(session, currency="EUR", base="RUB", period=LAST_YEAR, rate=Decimal(100))
    finally:
        database.close()


def test_holding_sets_shows_and_refuses_a_circle(cli, db_path) -> None:
    _portfolio(db_path)
    for plant in ("Ревдинский завод", "UGMK Europe"):
        done = cli("holding", plant, "--parent", "УГМК", db=db_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"{plant} belongs to the holding УГМК"
    shown = json.loads(cli("holding", "УГМК", "--json", db=db_path).stdout)
    assert shown["revenue"] == 3_500_000 and shown["currency"] == "RUB"
    assert [c["name"] for c in shown["companies"]] == ["УГМК", "UGMK Europe",
                                                       "Ревдинский завод"]
    text = cli("holding", "УГМК", db=db_path).stdout
    assert f"Group revenue {LAST_YEAR}: 3,500,000 RUB" in text

    refused = cli("holding", "УГМК", "--parent", "Ревдинский завод", db=db_path)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "would make the company its own holding: УГМК → Ревдинский завод → УГМК" \
        in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(cli("holding", "УГМК", "--json", db=db_path).stdout)["holding"] is None
    alone = cli("holding", "UGMK Europe", "--none", db=db_path)
    assert alone.stdout.strip() == "UGMK Europe stands alone"
    assert json.loads(cli("holding", "УГМК", "--json", db=db_path).stdout)["revenue"] \
        == 1_500_000
