"""A bundle without the personal questionnaires, passed beside the team server, does not
keep the server from carrying them: what it left out is not counted as seen."""
from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from kam_desktop.services.server import pull, push
from kam_desktop.services.sync import export_bundle, receive_bundle
from kam_desktop.store.models import PersonalNotes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402
from sync_support import person_with_notes  # noqa: E402


def test_notes_left_out_of_a_bundle_still_reach_the_team_through_the_hub(hub, tmp_path):
    anna, boris, carl = (fresh_database(tmp_path / name / "portfolio.sqlite3")
                         for name in ("anna", "boris", "carl"))
    person_with_notes(anna, interests="шахматы")
    bundle = tmp_path / "without.kamsync"
    with anna.transaction() as session:
        export_bundle(session, path=bundle, with_personal=False)
    receive_bundle(boris, path=bundle)
    push(boris, url=hub)  # the hub learns what Boris has seen: not Anna's notes
    push(anna, url=hub)
    pull(carl, url=hub)
    with carl.sessions() as session:
        assert session.scalars(select(PersonalNotes.interests)).all() == ["шахматы"]
    for db in (anna, boris, carl):
        db.close()
