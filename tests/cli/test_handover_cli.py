"""Recording a hand-over and writing the receiver's pack from the command line: real
processes on a real database file."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from kam_desktop.services.records import add_record
from kam_desktop.store.database import open_database
from kam_desktop.store.models import Account, Handover


def _account(db_path: Path) -> None:
    db = open_database(db_path)
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={
            "name": "АО «Вектор»", "owner": "Игорь Лебедев", "lifecycle": "prospect"})
        add_record(session, kind="team_member", parent_id=account, values={
            "name": "Марина Ершова"})
    db.close()


def test_a_hand_over_is_recorded_and_its_pack_written(cli, db_path: Path, tmp_path) -> None:
    _account(db_path)
    done = cli("handover", "--account", "АО «Вектор»", "--to", "Марина Ершова",
               "--on", "2026-11-20", "--note", "Три сделки", db=db_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("АО «Вектор» handed over from Игорь Лебедев to "
                                   "Марина Ершова")
    db = open_database(db_path)
    with db.sessions() as session:
        assert session.query(Account).one().owner == "Марина Ершова"
        assert session.query(Handover).one().from_name == "Игорь Лебедев"
    db.close()

    pdf = tmp_path / "пакет.pdf"
    written = cli("--lang", "ru", "report", "handover", "--account", "АО «Вектор»",
                  "--to", "Марина Ершова", "-o", str(pdf), db=db_path)
    assert written.returncode == 0, written.stderr
    assert "Марина Ершова" in written.stdout
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Передача клиента" in text and "Три сделки" in text


def test_bad_input_is_one_line_exit_2_and_changes_nothing(cli, db_path: Path,
                                                          tmp_path) -> None:
    _account(db_path)
    for args in (("handover", "--account", "Нет такого", "--to", "Кто-то"),
                 ("handover", "--account", "АО «Вектор»", "--to", " "),
                 ("handover", "--account", "АО «Вектор»", "--to", "игорь лебедев"),
                 ("report", "handover", "--account", "АО «Вектор»", "--to", "",
                  "-o", str(tmp_path / "x.pdf"))):
        refused = cli(*args, db=db_path)
        assert refused.returncode == 2, args
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    # a malformed date is argparse's usage and one error line, as for every command
    bad_date = cli("handover", "--account", "АО «Вектор»", "--to", "Кто-то", "--on", "20.11",
                   db=db_path)
    assert bad_date.returncode == 2 and "'20.11' is not a date" in bad_date.stderr
    db = open_database(db_path)
    with db.sessions() as session:
        assert session.query(Account).one().owner == "Игорь Лебедев"
        assert session.query(Handover).count() == 0
    db.close()
    assert not (tmp_path / "x.pdf").exists()
