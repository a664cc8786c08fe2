"""one mirror relation: who mirrors a contact is a team member; team members get a level

Contact.our_counterpart (free text) goes. Each non-empty text becomes the account-team
member of that name mirroring the contact: a member of that name who mirrors nobody yet
is reused, otherwise one is created (its name numbered when the name is taken by a member
mirroring someone else, since one member mirrors one contact). Written rows are stamped
for the exchange as any edit is, and created members take an id derived from the account,
contact and name, so two laptops migrating the same data create the same record.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 08:00:00
"""
import time
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

#: the id of a member made from a counterpart text: uuid5 of "account:contact:name"
NAMESPACE = uuid.UUID("0c6f5f0e-6a3b-4d0e-9d55-0b1e6c3a0009")
#: the team member's columns merged by the exchange at this revision
TEAM_FIELDS = ("account_id", "name", "department", "mirrors_id", "level")

contact = sa.table("contact", sa.column("id", sa.Uuid()), sa.column("account_id", sa.Uuid()),
                   sa.column("name", sa.String()), sa.column("our_counterpart", sa.String()))
team = sa.table("team_member", sa.column("id", sa.Uuid()), sa.column("account_id", sa.Uuid()),
                sa.column("name", sa.String()), sa.column("department", sa.String()),
                sa.column("mirrors_id", sa.Uuid()), sa.column("level", sa.String()))
clock = sa.table("sync_clock", sa.column("table_name", sa.String()),
                 sa.column("record_id", sa.Uuid()), sa.column("stamps", sa.JSON()))
replica = sa.table("sync_replica", sa.column("no", sa.Integer()),
                   sa.column("is_self", sa.Boolean()), sa.column("clock", sa.BigInteger()))
conflict = sa.table("sync_conflict", sa.column("table_name", sa.String()),
                    sa.column("field", sa.String()))


def _same_name(name: str) -> str:
    """Names compared as services.mine.fold_name compares people (a migration keeps its
    own copy: the rule it ran with must not change under it)."""
    return " ".join(name.split()).casefold().replace("ё", "е")


def _stamp(connection):
    """A new stamp of this laptop's replica, or None when nothing was ever stamped here
    (every record then has the stamps of time zero, and the new ones may too)."""
    row = connection.execute(sa.select(replica.c.no, replica.c.clock)
                             .where(replica.c.is_self.is_(True))).first()
    if row is None:
        return None
    hlc = max(row.clock + 1, int(time.time() * 1000) << 16)
    connection.execute(replica.update().where(replica.c.no == row.no).values(clock=hlc))
    return [hlc, row.no]


def _stamp_mirror(connection, member_id, stamp) -> None:
    """The member's mirrors_id changed at ``stamp`` (its other fields keep theirs)."""
    where = sa.and_(clock.c.table_name == "team_member", clock.c.record_id == member_id)
    stored = connection.execute(sa.select(clock.c.stamps).where(where)).scalar()
    if stored is None:
        connection.execute(clock.insert().values(table_name="team_member", record_id=member_id,
                                                 stamps={"mirrors_id": stamp}))
        return
    default = stored.get("*", [0, None])
    per_field = {name: stored.get(name, default) for name in TEAM_FIELDS}
    per_field["mirrors_id"] = stamp
    stamped = [s for s in per_field.values() if s[0]]  # as store.clock.compact counts
    common = max(stamped, key=lambda s: (stamped.count(s), s[0]))
    stamps = {"*": common} | {n: s for n, s in per_field.items() if s != common}
    connection.execute(clock.update().where(where).values(stamps=stamps))


def _free_name(text: str, taken: set[str]) -> str:
    name, number = text, 1
    while _same_name(name) in taken:
        number += 1
        name = f"{text} ({number})"
    return name


def _counterparts_to_members(connection) -> None:
    texts = connection.execute(
        sa.select(contact.c.id, contact.c.account_id, contact.c.our_counterpart)
        .where(sa.func.trim(sa.func.coalesce(contact.c.our_counterpart, "")) != "")
        .order_by(contact.c.account_id, contact.c.name, contact.c.id)).all()
    if not texts:
        return
    members: dict = {}  # account id -> its team members, as dicts
    for row in connection.execute(sa.select(team.c.id, team.c.account_id, team.c.name,
                                            team.c.mirrors_id).order_by(team.c.id)):
        members.setdefault(row.account_id, []).append(dict(row._mapping))
    stamp = _stamp(connection)
    for contact_id, account_id, text in texts:
        text = " ".join(text.split())[:200]
        on_account = members.setdefault(account_id, [])
        namesakes = [m for m in on_account if _same_name(m["name"]) == _same_name(text)]
        if any(m["mirrors_id"] == contact_id for m in namesakes):
            continue
        free = next((m for m in namesakes if m["mirrors_id"] is None), None)
        if free is not None:
            free["mirrors_id"] = contact_id
            connection.execute(team.update().where(team.c.id == free["id"])
                               .values(mirrors_id=contact_id))
            if stamp:
                _stamp_mirror(connection, free["id"], stamp)
            continue
        name = _free_name(namesakes[0]["name"] if namesakes else text,
                          {_same_name(m["name"]) for m in on_account})
        member_id = uuid.uuid5(NAMESPACE, f"{account_id}:{contact_id}:{_same_name(text)}")
        connection.execute(team.insert().values(id=member_id, account_id=account_id, name=name,
                                                mirrors_id=contact_id, level="specialist"))
        on_account.append({"id": member_id, "account_id": account_id, "name": name,
                           "mirrors_id": contact_id})
        if stamp:
            connection.execute(clock.insert().values(table_name="team_member",
                                                     record_id=member_id, stamps={"*": stamp}))


def _forget_counterpart_stamps(connection) -> None:
    """The dropped column leaves the contacts' stamps and the conflict log."""
    rows = connection.execute(sa.select(clock.c.record_id, clock.c.stamps).where(
        clock.c.table_name == "contact")).all()
    for record_id, stamps in rows:
        if stamps and "our_counterpart" in stamps:
            kept = {name: stamp for name, stamp in stamps.items() if name != "our_counterpart"}
            connection.execute(clock.update().where(clock.c.table_name == "contact",
                                                    clock.c.record_id == record_id)
                               .values(stamps=kept))
    connection.execute(conflict.delete().where(conflict.c.table_name == "contact",
                                               conflict.c.field == "our_counterpart"))


def upgrade() -> None:
    level = sa.Enum('executive', 'manager', 'specialist', name='teamlevel',
                    native_enum=False, length=32)
    with op.batch_alter_table('team_member') as batch_op:
        batch_op.add_column(sa.Column('level', level, nullable=False,
                                      server_default='specialist'))
    with op.batch_alter_table('team_member') as batch_op:
        batch_op.alter_column('level', server_default=None, existing_type=level,
                              existing_nullable=False)
    connection = op.get_bind()
    _counterparts_to_members(connection)
    _forget_counterpart_stamps(connection)
    with op.batch_alter_table('contact') as batch_op:
        batch_op.drop_column('our_counterpart')


def downgrade() -> None:
    """Back to the text: each contact's counterpart is the name of a member mirroring it
    (the members and levels stay as team members)."""
    with op.batch_alter_table('contact') as batch_op:
        batch_op.add_column(sa.Column('our_counterpart', sa.String(length=200), nullable=True))
    connection = op.get_bind()
    for member_name, contact_id in connection.execute(
            sa.select(team.c.name, team.c.mirrors_id).where(team.c.mirrors_id.is_not(None))
            .order_by(team.c.name)):
        connection.execute(contact.update().where(contact.c.id == contact_id,
                                                  contact.c.our_counterpart.is_(None))
                           .values(our_counterpart=member_name))
    with op.batch_alter_table('team_member') as batch_op:
        batch_op.drop_column('level')
