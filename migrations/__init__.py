"""Alembic environment and versions; shipped inside the wheel.

HEAD_REVISION names the newest migration, so that start-up can tell a current
database without importing Alembic (a test keeps it equal to Alembic's head).
Add a migration: bump it in the same commit."""

HEAD_REVISION = "0015_record_merges"
