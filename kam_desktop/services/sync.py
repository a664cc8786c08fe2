"""Exchange between laptops: send a bundle, receive one, review the conflicts.

``export_bundle`` writes the whole portfolio or some accounts to a bundle file, locked with
a password if one is given (a guessable one is refused; personal notes go unlocked only
when the caller says so). ``import_bundle`` reads and checks a bundle completely, backs the
database up before its first write, merges in the caller's transaction (as it reads, where
nothing is deleted), checks the counts and the database's integrity, and reports what
changed per account; a bundle refused anywhere is rolled back whole. The caller
commits, then calls :func:`finish_import` (it empties the write-ahead log and scrubs the
backups when the bundle erased someone). A bundle imported before, or an older one from the
same laptop covering no more accounts, changes nothing.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Enum, String, and_, func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services import records
from kam_desktop.services.erasure import erase_contact, forget_absent, scrub_files
from kam_desktop.services.errors import InputError
from kam_desktop.services.passwords import password_problem
from kam_desktop.store import clock, last_met
from kam_desktop.store.backup import make_backup, rotate, withdraw_backup
from kam_desktop.store.database import Database, collection_paused
from kam_desktop.store.kinds import KINDS, RecordKind
from kam_desktop.store.models import (
    Account,
    Contact,
    PersonalNotes,
    SyncConflict,
    SyncImport,
    SyncReplica,
    SyncTombstone,
)
from kam_desktop.sync.bundle import BundleReader, write_bundle
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.merge import AccountChanges, Merge, MergeSummary
from kam_desktop.sync.state import export_state
from kam_desktop.sync.values import CODECS, Invalid

BUNDLE_SUFFIX = ".kamsync"


# --- sending -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    accounts: int
    encrypted: bool
    #: whether the personal questionnaires went too
    personal: bool = False


class UnlockedPersonalNotes(InputError):
    """The bundle would carry personal notes without a password, and no one said that it
    may."""


def export_bundle(session: Session, *, path: Path, account_names: list[str] | None = None,
                  password: str | None = None, allow_unlocked: bool = False,
                  with_personal: bool = False) -> ExportResult:
    """Write the portfolio (or the named accounts, with everything they hold) to a bundle
    at ``path``; encrypted when a password is given (one strong enough, see
    :func:`~kam_desktop.services.passwords.password_problem`). The personal
    questionnaires go only ``with_personal``; then, without a password, a bundle that
    holds personal notes is written only when ``allow_unlocked`` says so."""
    if password is not None:
        problem = password_problem(password)
        if problem is not None:
            raise InputError("password", problem)
    scope = None
    if account_names:
        found = dict(session.execute(select(Account.name, Account.id)
                                     .where(Account.name.in_(account_names))).all())
        missing = [name for name in account_names if name not in found]
        if missing:
            raise InputError("account", Text("no account is called {name}",
                                             name=repr(missing[0])))
        scope = sorted(set(found.values()), key=str)
    if with_personal and password is None and not allow_unlocked \
            and _holds_personal_notes(session, scope):
        raise UnlockedPersonalNotes("password", Text(
            "the file would carry personal notes without a password: lock it with one"))
    state = export_state(session.connection(), scope, personal=with_personal)
    try:
        write_bundle(Path(path), state.manifest, state.tables, state.tombstones, state.seen,
                     password)
    except OSError as error:
        raise InputError(Path(path).name, Text("cannot write the file: {reason}",
                                               reason=error.strerror or str(error))) from None
    count = len(scope) if scope is not None else \
        session.scalar(select(func.count()).select_from(Account))
    return ExportResult(Path(path), count, password is not None, with_personal)


def _holds_personal_notes(session: Session, scope: list[uuid.UUID] | None) -> bool:
    """Whether a personal questionnaire with anything written in it is in ``scope``."""
    columns = [column for column in PersonalNotes.__table__.columns
               if column.name != "contact_id"]
    query = select(PersonalNotes.contact_id).where(or_(*(
        and_(column.is_not(None), column != "") if _is_text(column)
        else column.is_not(None) for column in columns)))
    if scope is not None:
        query = query.join(Contact).where(Contact.account_id.in_(scope))
    return session.scalar(query.limit(1)) is not None


def _is_text(column) -> bool:
    return isinstance(column.type, String) and not isinstance(column.type, Enum)


# --- receiving ---------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What an import did, per account."""

    source: str
    made_at: str
    already_imported: bool = False
    accounts: list[tuple[uuid.UUID, AccountChanges]] = field(default_factory=list)
    erased: list[uuid.UUID] = field(default_factory=list)
    #: people erased elsewhere who had been deleted here before
    forgotten: list[uuid.UUID] = field(default_factory=list)
    #: accounts whose changes wait for the sender's next bundle: it had not yet seen the
    #: erasure of a person there
    held_back: list[str] = field(default_factory=list)
    backup: Path | None = None

    @property
    def added(self) -> int:
        return sum(1 for _, c in self.accounts if c.added)

    @property
    def updated(self) -> int:
        return sum(1 for _, c in self.accounts
                   if not c.added and not c.deleted and c.changed)

    @property
    def deleted(self) -> int:
        return sum(1 for _, c in self.accounts if c.deleted)

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for _, c in self.accounts)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "made_at": self.made_at,
            "already_imported": self.already_imported,
            "accounts_added": self.added, "accounts_updated": self.updated,
            "accounts_deleted": self.deleted, "conflicts": self.conflicts,
            "people_erased": len(self.erased), "held_back": self.held_back,
            "accounts": [{"id": str(a), "name": c.name, "added": c.added,
                          "deleted": c.deleted, "records_added": c.records_added,
                          "records_updated": c.records_updated,
                          "records_deleted": c.records_deleted, "conflicts": c.conflicts}
                         for a, c in self.accounts]}


def read_bundle(path: Path, password: str | None) -> BundleReader:
    """Open and check a bundle's frame (encryption, ZIP, manifest); InputError if bad."""
    try:
        return BundleReader(path, password)
    except BundleError as error:
        raise InputError(Path(path).name, error.message) from None


def _already_imported(session: Session, reader: BundleReader) -> bool:
    manifest = reader.manifest
    if session.get(SyncImport, manifest.bundle_id) is not None:
        return True
    source = manifest.replicas[manifest.source].id
    replica_no = session.scalar(select(SyncReplica.no).where(SyncReplica.id == source))
    if replica_no is None:
        return False
    scope = None if manifest.scope is None else {str(a) for a in manifest.scope}
    for made_hlc, covered in session.execute(
            select(SyncImport.made_hlc, SyncImport.scope).where(
                SyncImport.replica_no == replica_no,
                SyncImport.made_hlc >= manifest.made_hlc)):
        if covered is None or (scope is not None and scope <= set(covered)):
            return True
    return False


def _database_path(session: Session) -> Path:
    return Path(session.get_bind().url.database)


def import_bundle(session: Session, *, path: Path, password: str | None = None,
                  backup: bool = True) -> ImportResult:
    """Merge the bundle at ``path`` into the database, in the caller's transaction."""
    reader = read_bundle(path, password)
    try:
        manifest = reader.manifest
        source = manifest.replicas[manifest.source]
        result = ImportResult(source.name, manifest.made_at)
        if _already_imported(session, reader):
            result.already_imported = True
            return result
        return merge_source(session, reader, result, where=Path(path).name, backup=backup)
    finally:
        reader.close()


def merge_source(session: Session, source: Any, result: ImportResult, *, where: str,
                 backup: bool = True) -> ImportResult:
    """Merge a source — a bundle, or the state of another database
    (:class:`~kam_desktop.sync.hub.DatabaseSource`) — into the database behind
    ``session``, in its transaction: checked completely (and, where nothing is deleted,
    merged as it is read), backed up (a laptop's file) before its first write, checked
    again once merged. Fills ``result`` with what changed per account; a source that
    cannot be merged is refused at ``where`` (the caller's transaction rolls back)."""
    by = f"{result.source} (exchange)"[:200]

    def erase(contact_id: uuid.UUID, stamp: clock.Stamp) -> None:
        erase_contact(session, contact_id=contact_id, erased_by=by, stamp=stamp)

    def before_writing() -> None:
        if backup:  # rotated once the merge is sound, withdrawn if it is refused
            result.backup = make_backup(session.get_bind(), _database_path(session),
                                        reason="pre-sync", rotating=False)

    try:
        summary = _merge_checked(session, source, erase, before_writing, where)
    except BaseException:
        if result.backup is not None:  # written before a refused line: nothing changed
            withdraw_backup(result.backup)
            result.backup = None
        raise
    if result.backup is not None:
        rotate(result.backup.parent, now=datetime.now(timezone.utc))
    result.accounts = sorted(summary.accounts.items(), key=lambda item: item[1].name)
    result.erased = summary.erased
    result.forgotten = summary.forgotten
    result.held_back = sorted(session.scalars(select(Account.name).where(
        Account.id.in_(summary.held_back))))
    return result


def _merge_checked(session: Session, source: Any, erase: Callable, before_writing: Callable,
                   where: str) -> MergeSummary:
    """The merge of ``source``, checked as it is read and once written (see
    :func:`merge_source`)."""
    merge = Merge(session.connection(), source, erase)
    try:
        with _modest_cache(session), collection_paused():
            merge.check(before_writing)
            changes = merge.brings_changes
            if changes and not merge.state.streamed:
                before_writing()
            summary = merge.apply()
    except BundleError as error:
        raise InputError(where, error.message) from None
    # the merge writes with Core statements, which the session's events do not see
    last_met.refresh(session.connection(), summary.accounts)
    del merge  # its indexes are large; the integrity check needs memory of its own
    if changes:
        _check_integrity(session)
    return summary


@contextmanager
def _modest_cache(session: Session) -> Iterator[None]:
    """A large import runs as fast with a 16 MB page cache as with the usual 64 MB, and
    the import's memory stays far lower (SQLite only; the usual size comes back)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size=-16384")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(usual)}")


def _check_integrity(session: Session) -> None:
    """The database as the import leaves it, before it is committed. Its references need
    no check of their own: the connection enforces them on every write (``PRAGMA
    foreign_keys=ON``), so a write that breaks one fails and the import rolls back."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise InputError("import", Text("the database would fail its integrity check after "
                                        "the import; nothing was imported"))


def receive_bundle(db: Database, *, path: Path, password: str | None = None) -> ImportResult:
    """The whole receiving of a bundle, for the window and the command line: the merge in
    one transaction, then, once it is committed, :func:`finish_import`."""
    with db.transaction() as session:
        result = import_bundle(session, path=path, password=password)
    if not result.already_imported:
        finish_import(db.engine, db.path, result)
    return result


def finish_import(engine: Engine, db_path: Path, result: ImportResult) -> None:
    """After the import is committed: leave no copy of people the bundle erased. A laptop
    that wrote about an erased person before it learnt of the erasure sends its texts
    blanked later: then the backups taken meanwhile still hold them, and are scrubbed of
    what the blanks replaced."""
    for contact_id in result.erased:
        scrub_files(engine, db_path, contact_id)
    done = set(result.erased)
    for contact_id in result.forgotten:
        forget_absent(engine, db_path, contact_id)
        done.add(contact_id)
    changed = [account_id for account_id, _ in result.accounts]
    if not changed:
        return
    with engine.connect() as connection:
        erased_there = connection.execute(select(SyncTombstone.record_id).where(
            SyncTombstone.table_name == "contact", SyncTombstone.erased.is_(True),
            SyncTombstone.account_id.in_(changed))).scalars().all()
    for contact_id in set(erased_there) - done:
        forget_absent(engine, db_path, contact_id)


# --- conflicts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictInfo:
    id: uuid.UUID
    account_id: uuid.UUID
    account: str
    table: str
    record_id: uuid.UUID
    record: str
    field: str | None
    kind: str
    value: Any
    value_by: str
    value_at: datetime | None
    other_value: Any
    other_by: str
    other_at: datetime | None
    logged_at: datetime
    switched: bool
    #: "Use the other value" can apply (a field whose record still exists)
    can_switch: bool

    def as_json(self) -> dict[str, Any]:
        def when(moment: datetime | None) -> str | None:
            return None if moment is None else moment.isoformat(timespec="seconds")
        return {"id": str(self.id), "account": self.account, "table": self.table,
                "record_id": str(self.record_id), "record": self.record, "field": self.field,
                "kind": self.kind, "value": self.value, "value_by": self.value_by,
                "value_at": when(self.value_at), "other_value": self.other_value,
                "other_by": self.other_by, "other_at": when(self.other_at),
                "logged_at": when(self.logged_at), "switched": self.switched}


def _moment(hlc: int) -> datetime | None:
    return datetime.fromtimestamp(clock.hlc_seconds(hlc), timezone.utc) if hlc else None


def _named_by(table_name: str) -> RecordKind:
    """The kind whose title names a record of ``table_name``: its own, or, for a record
    that is its owner's extension (a person's notes, an account's factors), the owner's."""
    kind = KINDS[table_name]
    if kind.title is None and kind.parent in kind.table.primary_key.columns:
        return KINDS[kind.parent_kind]
    return kind


def _records_named(session: Session, wanted: dict[str, set[uuid.UUID]]) -> dict:
    """(table, id) -> a short name for each record that still exists."""
    titles: dict[tuple[str, uuid.UUID], str] = {}
    for table_name, ids in wanted.items():
        shape = clock.SHAPES[table_name]
        key = shape.table.c[shape.key]
        existing = set(session.scalars(select(key).where(key.in_(list(ids)))))
        named = _named_by(table_name)
        column = named.title
        found = {}
        if column is not None and existing:
            (named_key,) = named.table.primary_key.columns
            found = dict(session.execute(select(named_key, named.table.c[column])
                                         .where(named_key.in_(list(existing)))).all())
        for record_id in existing:
            title = found.get(record_id)
            titles[(table_name, record_id)] = "" if title is None else str(title)
    return titles


def list_conflicts(session: Session, *, account_id: uuid.UUID | None = None) -> list[ConflictInfo]:
    """The conflict log, newest first."""
    query = select(SyncConflict).order_by(SyncConflict.logged_at.desc())
    if account_id is not None:
        query = query.where(SyncConflict.account_id == account_id)
    entries = list(session.scalars(query))
    names = dict(session.execute(select(SyncReplica.no, SyncReplica.name)).all())
    accounts = dict(session.execute(select(Account.id, Account.name).where(
        Account.id.in_({e.account_id for e in entries}))).all())
    wanted: dict[str, set[uuid.UUID]] = {}
    for entry in entries:
        wanted.setdefault(entry.table_name, set()).add(entry.record_id)
    titles = _records_named(session, wanted)
    found = []
    for e in entries:
        value, other = (e.loser_value, e.winner_value) if e.switched else \
            (e.winner_value, e.loser_value)
        value_side = ("loser" if e.switched else "winner")
        other_side = "winner" if e.switched else "loser"
        title = titles.get((e.table_name, e.record_id))
        found.append(ConflictInfo(
            e.id, e.account_id, accounts.get(e.account_id, ""), e.table_name, e.record_id,
            title or "", e.field, e.kind, value,
            names.get(getattr(e, f"{value_side}_replica_no"), "") or "",
            _moment(getattr(e, f"{value_side}_hlc")), other,
            names.get(getattr(e, f"{other_side}_replica_no"), "") or "",
            _moment(getattr(e, f"{other_side}_hlc")), e.logged_at, e.switched,
            e.kind == "field" and e.field is not None and title is not None))
    return found


def switch_conflict(session: Session, *, conflict_id: uuid.UUID) -> uuid.UUID:
    """Use the other value of a logged conflict: an ordinary edit of the field (stamped,
    so it travels like any other). Switching again goes back; returns the id to do so."""
    entry = session.get(SyncConflict, conflict_id)
    if entry is None:
        raise InputError("conflict", Text("the record no longer exists"))
    if entry.kind != "field" or entry.field is None:
        raise InputError("conflict", Text("only a changed field can take the other value"))
    wanted = entry.winner_value if entry.switched else entry.loser_value
    try:
        value = CODECS[entry.table_name][entry.field].decode(wanted)
    except Invalid as error:
        raise InputError(entry.field, error.args[0]) from None
    if records.editable(entry.table_name, entry.field):
        records.update_record(session, kind=entry.table_name, record_id=entry.record_id,
                              changes={entry.field: value})
    else:
        record = session.get(KINDS[entry.table_name].model, entry.record_id)
        if record is None:
            raise InputError(entry.table_name, Text("the record no longer exists"))
        setattr(record, entry.field, value)
        session.flush()
    entry.switched = not entry.switched
    session.flush()
    return conflict_id
