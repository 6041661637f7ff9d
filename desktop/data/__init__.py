"""The plumbing every area shares: configuration and the data folder, the engine
and its connection (SQLite file or PostgreSQL), the unit of work (Store),
migrations, errors, logging, the instance lock, the integrity check, backups,
the move to a server, drafts, the search index and the audit trail.

May import models and migrations only: never an area of desktop/, never views."""
