"""Burenrust application: start-up, command line, configuration, database
sessions and migrations, and the services that views and the CLI call."""

__version__ = "0.1.0"
