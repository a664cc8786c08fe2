"""Persistence: the ORM entities, the SQLite engine, migrations and backups."""
