"""A throw-away PostgreSQL server for the team-server tests.

One cluster per test session (so one per pytest-xdist worker), in its own temporary
folder (see throwaway_postgres.py); a fresh database per test.

Without PostgreSQL the tests skip, saying why; in CI (``CI=true``) they fail instead,
because there ``.ci/run`` installs it.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throwaway_postgres import Cluster, NotStarted, Unavailable, running_cluster  # noqa: E402


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    try:
        with running_cluster() as cluster:
            yield cluster
    except Unavailable as reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is needed in CI: {reason}", pytrace=False)
        pytest.skip(f"PostgreSQL is not available: {reason}")
    except NotStarted as details:
        pytest.fail(f"the test PostgreSQL did not start: {details}", pytrace=False)


@pytest.fixture
def hub_url(postgres: Cluster) -> Iterator[str]:
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    name = postgres.new_database()
    yield postgres.url(name)
    postgres.drop_database(name)


@pytest.fixture
def hub(postgres: Cluster) -> Iterator[str]:
    """The URL of a new hub, set up as ``server init`` does (dropped afterwards)."""
    name = postgres.new_hub()
    yield postgres.url(name)
    postgres.drop_database(name)
