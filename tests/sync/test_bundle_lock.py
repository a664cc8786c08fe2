"""The lock on a bundle: the key derivation it uses and accepts, the passwords it refuses,
and the personal notes that never leave unlocked by accident."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services import records, sync
from kam_desktop.services.errors import InputError
from kam_desktop.services.passwords import WORDS_FILE, password_problem, suggest_passphrase
from kam_desktop.store.models import Account, PersonalNotes
from kam_desktop.sync import crypto
from fresh_databases import fresh_database

#: made by the previous release (scrypt with N=2^15): one account, one person, a note
OLD_BUNDLE = Path(__file__).resolve().parents[1] / "data" / "bundle_scrypt_log2n15.kamsync"
OLD_PASSWORD = "старый пароль от Вектора 2024"
STRONG = "ключ от склада на Каме 1987"
#: where the header keeps log2 N, r and p
_LOG2_N, _R, _P = 10, 11, 12


@pytest.fixture
def laptop(tmp_path):
    db = fresh_database(tmp_path / "portfolio.sqlite3")
    yield db
    db.close()


def _person_with_notes(db, account_name: str = "АО «Вектор»") -> None:
    with db.transaction() as session:
        account = records.add_record(session, kind="account", parent_id=None,
                                     values={"name": account_name})
        person = records.add_record(session, kind="contact", parent_id=account,
                                    values={"name": "Орлов Иван"})
        records.add_record(session, kind="personal_notes", parent_id=person,
                           values={"interests": "шахматы"})


def _export(db, path: Path, **options) -> sync.ExportResult:
    """A bundle with the personal questionnaires, which the lock is about."""
    with db.transaction() as session:
        return sync.export_bundle(session, path=path, with_personal=True, **options)


def _import(db, path: Path, password: str | None) -> sync.ImportResult:
    with db.transaction() as session:
        return sync.import_bundle(session, path=path, password=password, backup=False)


def test_a_bundle_from_the_previous_release_still_opens(laptop, tmp_path) -> None:
    assert list(OLD_BUNDLE.read_bytes()[_LOG2_N:_P + 1]) == [15, 8, 1]
    result = _import(laptop, OLD_BUNDLE, OLD_PASSWORD)
    assert result.added == 1
    with laptop.sessions() as session:
        assert session.scalars(select(Account.name)).all() == ["АО «Старый формат»"]
        assert session.scalars(select(PersonalNotes.interests)).all() == ["рыбалка на Каме"]


def test_a_new_bundle_is_locked_with_the_stronger_key_and_opens(laptop, tmp_path) -> None:
    """The real parameters, end to end (N=2^18, r=8, p=1)."""
    _person_with_notes(laptop)
    path = tmp_path / "locked.kamsync"
    assert _export(laptop, path, password=STRONG).encrypted
    assert list(path.read_bytes()[_LOG2_N:_P + 1]) == [crypto.LOG2_N, crypto.R, crypto.P]
    assert crypto.LOG2_N >= 17
    other = fresh_database(tmp_path / "other.sqlite3")
    try:
        assert _import(other, path, STRONG).added == 1
    finally:
        other.close()


@pytest.mark.parametrize("log2_n, r, p", [(21, 8, 1), (20, 8, 2), (17, 9, 1), (17, 8, 5),
                                          (9, 8, 1)])
def test_a_header_asking_for_too_much_work_is_refused(laptop, tmp_path, log2_n, r, p) -> None:
    forged = tmp_path / "forged.kamsync"
    shutil.copy(OLD_BUNDLE, forged)
    data = bytearray(forged.read_bytes())
    data[_LOG2_N:_P + 1] = bytes([log2_n, r, p])
    forged.write_bytes(bytes(data))
    with pytest.raises(InputError, match=rf"beyond the limits \(N=2\^{log2_n}, r={r}, p={p}\)"):
        _import(laptop, forged, OLD_PASSWORD)


@pytest.mark.parametrize("password", ["a", "password", "qwerty123456", "Password1", "kam2024"])
def test_a_guessable_password_is_refused_with_a_passphrase_offered(laptop, tmp_path,
                                                                   password) -> None:
    _person_with_notes(laptop)
    path = tmp_path / "weak.kamsync"
    with pytest.raises(InputError, match="too easy to guess") as refused:
        _export(laptop, path, password=password)
    assert refused.value.where == "password"
    offered = refused.value.message.args["passphrase"]
    assert password_problem(offered) is None and len(offered.split("-")) == 5
    assert not path.exists() and list(tmp_path.glob("*.kamsync")) == []


@pytest.mark.parametrize("password", ["секрет 42", "пароль123", "Наташа1990", "любовь2024",
                                      "Москва2026", "мурзик1985", "gfhjkm", "ghbdtn vbh"])
def test_common_russian_passwords_are_refused_in_either_keyboard_layout(password) -> None:
    """zxcvbn knows English words only; "gfhjkm" is "пароль" typed on English keys."""
    assert "too easy to guess" in password_problem(password)


@pytest.mark.parametrize("password", ["зелёный трамвай поёт над рекой",
                                      "Уралтекстиль и 7 ёжиков", "Спартак-чемпион"])
def test_russian_phrases_of_unrelated_words_still_pass(password) -> None:
    assert password_problem(password) is None


def test_an_empty_password_is_refused(laptop, tmp_path) -> None:
    with pytest.raises(InputError, match="must not be empty"):
        _export(laptop, tmp_path / "empty.kamsync", password="")


def test_a_suggested_passphrase_is_five_listed_words_and_strong() -> None:
    listed = set(WORDS_FILE.read_text(encoding="utf-8").split())
    assert len(listed) >= 1200 and all("-" not in word for word in listed)
    suggestions = {suggest_passphrase() for _ in range(20)}
    assert len(suggestions) == 20
    for passphrase in suggestions:
        words = passphrase.split("-")
        assert len(words) == 5 and set(words) <= listed
        assert password_problem(passphrase) is None


def test_personal_notes_leave_unlocked_only_when_allowed(laptop, tmp_path) -> None:
    with laptop.transaction() as session:
        records.add_record(session, kind="account", parent_id=None,
                           values={"name": "ООО «Без заметок»"})
    plain = tmp_path / "plain.kamsync"
    assert not _export(laptop, plain).encrypted  # nothing personal: no password needed
    _person_with_notes(laptop)
    unlocked = tmp_path / "unlocked.kamsync"
    with pytest.raises(sync.UnlockedPersonalNotes, match="personal notes without a password"):
        _export(laptop, unlocked)
    assert not unlocked.exists()
    # an account without personal notes may still go alone
    assert _export(laptop, unlocked, account_names=["ООО «Без заметок»"]).accounts == 1
    assert _export(laptop, unlocked, allow_unlocked=True).accounts == 2
    # without the questionnaires, nothing personal goes: no password needed
    with laptop.transaction() as session:
        assert not sync.export_bundle(session, path=plain).personal


def test_a_consent_is_personal_and_travels_with_the_notes(laptop, tmp_path) -> None:
    with laptop.transaction() as session:
        account = records.add_record(session, kind="account", parent_id=None,
                                     values={"name": "АО «Вектор»"})
        person = records.add_record(session, kind="contact", parent_id=account,
                                    values={"name": "Орлов Иван"})
        records.add_record(session, kind="personal_notes", parent_id=person, values={
            "consent_on": date(2026, 3, 2), "consent_how": "orally"})
    with pytest.raises(sync.UnlockedPersonalNotes):  # a consent alone is personal data too
        _export(laptop, tmp_path / "unlocked.kamsync")
    bundle = tmp_path / "allowed.kamsync"
    _export(laptop, bundle, allow_unlocked=True)
    colleague = fresh_database(tmp_path / "colleague" / "portfolio.sqlite3")
    try:
        _import(colleague, bundle, None)
        with colleague.sessions() as session:
            notes = session.scalars(select(PersonalNotes)).one()
            assert (notes.consent_on, notes.consent_how.value) == (date(2026, 3, 2), "orally")
    finally:
        colleague.close()
